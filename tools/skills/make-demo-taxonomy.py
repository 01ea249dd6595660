#!/usr/bin/env python3
"""Writes the self-written demo taxonomy (src/main/resources/skills/demo/*.csv) in the ESCO CSV format.

About 50 occupations of the automotive value chain and its neighbours with a few hundred skills. The
content is the project's own (modelled on how ESCO describes occupations, not copied from it); run this
script after changing it: python3 tools/skills/make-demo-taxonomy.py
"""
import csv, os

BASE = "https://demo.itas.local/taxonomy/"
OUT = os.path.join(os.path.dirname(__file__), "../../src/main/resources/skills/demo")

# key: (German label, English label, type k=knowledge s=skill, reuse level, flags g=green d=digital t=transversal)
S = {}
def skill(key, de, en, kind="s", reuse="sector-specific", flags=""):
    S[key] = (de, en, "knowledge" if kind == "k" else "skill/competence", reuse, flags)

for key, de, en, kind, reuse, flags in [
    ("teamwork", "im Team arbeiten", "work in teams", "s", "transversal", "t"),
    ("communicate", "mit Kolleginnen und Kollegen kommunizieren", "communicate with colleagues", "s", "transversal", "t"),
    ("problem", "Probleme lösen", "solve problems", "s", "transversal", "t"),
    ("learn", "sich selbstständig weiterbilden", "manage own learning", "s", "transversal", "t"),
    ("safety", "Arbeitsschutzvorschriften einhalten", "follow health and safety rules", "s", "cross-sector", "t"),
    ("quality-mind", "auf Qualität achten", "pay attention to quality", "s", "transversal", "t"),
    ("digital-basic", "digitale Werkzeuge im Arbeitsalltag nutzen", "use digital tools at work", "s", "transversal", "td"),
    ("resource", "Ressourcen sparsam einsetzen", "use resources efficiently", "s", "transversal", "tg"),
    ("waste", "Abfälle trennen und vermeiden", "separate and avoid waste", "s", "cross-sector", "g"),
    ("energy-save", "Energie sparen im Betrieb", "save energy in operations", "s", "cross-sector", "g"),
    ("english", "Englisch im Beruf verwenden", "use English at work", "s", "transversal", "t"),
    ("drawings", "technische Zeichnungen lesen", "read technical drawings", "s", "cross-sector", ""),
    ("measure", "Messgeräte bedienen", "operate measuring instruments", "s", "cross-sector", ""),
    ("tolerances", "Form- und Lagetoleranzen", "geometric tolerances", "k", "sector-specific", ""),
    ("materials", "Werkstoffkunde Metall", "metal materials science", "k", "sector-specific", ""),
    ("turning", "Werkstücke drehen", "turn workpieces", "s", "occupation-specific", ""),
    ("milling", "Werkstücke fräsen", "mill workpieces", "s", "occupation-specific", ""),
    ("grinding", "Werkstücke schleifen", "grind workpieces", "s", "occupation-specific", ""),
    ("drilling", "bohren und senken", "drill and countersink", "s", "sector-specific", ""),
    ("cnc-program", "CNC-Programme erstellen und anpassen", "write and adapt CNC programs", "s", "sector-specific", "d"),
    ("cnc-operate", "CNC-Werkzeugmaschinen bedienen", "operate CNC machine tools", "s", "sector-specific", "d"),
    ("cam", "CAM-Software", "CAM software", "k", "sector-specific", "d"),
    ("cutting-tools", "Zerspanungswerkzeuge auswählen", "select cutting tools", "s", "occupation-specific", ""),
    ("setup", "Maschinen einrichten und rüsten", "set up machines", "s", "sector-specific", ""),
    ("gear", "Getriebetechnik", "gear technology", "k", "sector-specific", ""),
    ("combustion", "Verbrennungsmotoren", "combustion engines", "k", "sector-specific", ""),
    ("heat-treat", "Wärmebehandlung von Stahl", "heat treatment of steel", "k", "sector-specific", ""),
    ("cooling-lubricant", "Kühlschmierstoffe umweltgerecht handhaben", "handle cooling lubricants responsibly", "s", "sector-specific", "g"),
    ("spc", "statistische Prozesslenkung anwenden", "apply statistical process control", "s", "cross-sector", "d"),
    ("cmm", "Koordinatenmessmaschinen bedienen", "operate coordinate measuring machines", "s", "sector-specific", "d"),
    ("inspect", "Bauteile prüfen", "inspect components", "s", "cross-sector", ""),
    ("qm-system", "Qualitätsmanagementsysteme (IATF 16949)", "quality management systems (IATF 16949)", "k", "sector-specific", ""),
    ("fmea", "FMEA durchführen", "carry out FMEA", "s", "cross-sector", ""),
    ("8d", "Reklamationen mit 8D-Reports bearbeiten", "handle complaints with 8D reports", "s", "sector-specific", ""),
    ("audit", "Prozessaudits durchführen", "carry out process audits", "s", "cross-sector", ""),
    ("documentation", "Prüfergebnisse dokumentieren", "document test results", "s", "cross-sector", "d"),
    ("assembly", "Baugruppen montieren", "assemble components", "s", "sector-specific", ""),
    ("screw", "Schraubverbindungen mit Drehmoment anziehen", "tighten bolted joints to torque", "s", "sector-specific", ""),
    ("line", "an Fließbändern und Montagelinien arbeiten", "work on assembly lines", "s", "sector-specific", ""),
    ("lean", "Lean Production und KVP", "lean production and continuous improvement", "k", "cross-sector", ""),
    ("5s", "Arbeitsplatz nach 5S organisieren", "organise the workplace with 5S", "s", "cross-sector", ""),
    ("shift-lead", "Schichten planen und führen", "plan and lead shifts", "s", "cross-sector", ""),
    ("lead-team", "Mitarbeitende anleiten", "instruct staff", "s", "transversal", "t"),
    ("kpi", "Produktionskennzahlen auswerten", "analyse production key figures", "s", "cross-sector", "d"),
    ("mes", "Fertigungssteuerungssysteme (MES) nutzen", "use manufacturing execution systems", "s", "sector-specific", "d"),
    ("erp", "ERP-Systeme nutzen", "use ERP systems", "s", "cross-sector", "d"),
    ("plan-prod", "Produktion planen und steuern", "plan and control production", "s", "sector-specific", "d"),
    ("electrics", "Grundlagen der Elektrotechnik", "basics of electrical engineering", "k", "cross-sector", ""),
    ("electronics", "Elektronik", "electronics", "k", "sector-specific", ""),
    ("wiring", "elektrische Leitungen verlegen und anschließen", "lay and connect electrical wiring", "s", "sector-specific", ""),
    ("measure-el", "elektrische Größen messen", "measure electrical quantities", "s", "sector-specific", ""),
    ("vde", "Elektrosicherheit nach DGUV V3 prüfen", "test electrical safety", "s", "sector-specific", ""),
    ("hv-safety", "Arbeiten an Hochvoltsystemen sicher durchführen", "work safely on high-voltage systems", "s", "occupation-specific", "g"),
    ("hv-systems", "Hochvoltsysteme in Fahrzeugen", "high-voltage systems in vehicles", "k", "sector-specific", "g"),
    ("e-drive", "elektrische Antriebe", "electric drives", "k", "sector-specific", "g"),
    ("power-el", "Leistungselektronik", "power electronics", "k", "sector-specific", "g"),
    ("motor-wind", "Elektromotoren wickeln und prüfen", "wind and test electric motors", "s", "occupation-specific", "g"),
    ("battery-cell", "Batteriezellchemie", "battery cell chemistry", "k", "sector-specific", "g"),
    ("battery-assembly", "Batteriemodule und -packs montieren", "assemble battery modules and packs", "s", "occupation-specific", "g"),
    ("battery-test", "Batterien prüfen und formieren", "test and form batteries", "s", "occupation-specific", "g"),
    ("battery-recycle", "Batterien demontieren und recyceln", "dismantle and recycle batteries", "s", "occupation-specific", "g"),
    ("bms", "Batteriemanagementsysteme", "battery management systems", "k", "sector-specific", "gd"),
    ("thermal", "Thermomanagement", "thermal management", "k", "sector-specific", "g"),
    ("charging", "Ladeinfrastruktur installieren", "install charging infrastructure", "s", "sector-specific", "g"),
    ("plc", "SPS programmieren", "program PLCs", "s", "sector-specific", "d"),
    ("automation", "Automatisierungstechnik", "automation technology", "k", "sector-specific", "d"),
    ("robot", "Industrieroboter programmieren und bedienen", "program and operate industrial robots", "s", "sector-specific", "d"),
    ("sensors", "Sensorik und Aktorik", "sensors and actuators", "k", "sector-specific", "d"),
    ("hydraulics", "Hydraulik und Pneumatik", "hydraulics and pneumatics", "k", "sector-specific", ""),
    ("maintain", "Maschinen und Anlagen instand halten", "maintain machines and plants", "s", "sector-specific", ""),
    ("fault", "Störungen an Anlagen finden und beheben", "find and fix faults in plants", "s", "sector-specific", ""),
    ("predictive", "vorausschauende Wartung mit Zustandsdaten", "predictive maintenance with condition data", "s", "sector-specific", "d"),
    ("condition", "Anlagenzustand überwachen", "monitor plant condition", "s", "sector-specific", "d"),
    ("welding", "Metall schweißen (MAG/WIG)", "weld metal (MAG/TIG)", "s", "occupation-specific", ""),
    ("laser-weld", "Laserschweißanlagen bedienen", "operate laser welding machines", "s", "occupation-specific", ""),
    ("sheet", "Bleche umformen", "form sheet metal", "s", "occupation-specific", ""),
    ("press", "Pressen und Stanzen bedienen", "operate presses and punches", "s", "occupation-specific", ""),
    ("casting", "Druckguss", "die casting", "k", "occupation-specific", ""),
    ("painting", "Oberflächen lackieren", "paint surfaces", "s", "occupation-specific", ""),
    ("plastics", "Kunststoffe spritzgießen", "injection-mould plastics", "s", "occupation-specific", ""),
    ("composites", "Faserverbundwerkstoffe verarbeiten", "process fibre composites", "s", "occupation-specific", "g"),
    ("lightweight", "Leichtbau", "lightweight construction", "k", "sector-specific", "g"),
    ("vehicle-tech", "Fahrzeugtechnik", "vehicle technology", "k", "sector-specific", ""),
    ("diagnose", "Fahrzeuge mit Diagnosesystemen prüfen", "diagnose vehicles with diagnostic systems", "s", "sector-specific", "d"),
    ("vehicle-service", "Fahrzeuge warten und reparieren", "service and repair vehicles", "s", "occupation-specific", ""),
    ("brakes", "Bremssysteme", "braking systems", "k", "occupation-specific", ""),
    ("adas", "Fahrerassistenzsysteme kalibrieren", "calibrate driver assistance systems", "s", "occupation-specific", "d"),
    ("can", "Bussysteme im Fahrzeug (CAN, LIN)", "vehicle bus systems (CAN, LIN)", "k", "sector-specific", "d"),
    ("forklift", "Gabelstapler fahren", "drive forklifts", "s", "sector-specific", ""),
    ("store", "Waren einlagern", "store goods", "s", "sector-specific", ""),
    ("pick", "Waren kommissionieren", "pick goods", "s", "sector-specific", ""),
    ("ship", "Sendungen verpacken und versenden", "pack and ship consignments", "s", "sector-specific", ""),
    ("inventory", "Bestände führen und Inventur machen", "keep stock and take inventory", "s", "cross-sector", "d"),
    ("scanner", "Handscanner und Lagerverwaltungssysteme nutzen", "use hand scanners and warehouse systems", "s", "sector-specific", "d"),
    ("dangerous", "Gefahrgut handhaben", "handle dangerous goods", "s", "sector-specific", ""),
    ("truck", "Lastkraftwagen fahren", "drive trucks", "s", "occupation-specific", ""),
    ("route", "Touren planen", "plan routes", "s", "sector-specific", "d"),
    ("supply", "Lieferketten steuern", "manage supply chains", "s", "cross-sector", "d"),
    ("customs", "Zoll- und Außenhandelsvorschriften", "customs and foreign trade rules", "k", "sector-specific", ""),
    ("purchase", "Material einkaufen und verhandeln", "buy and negotiate materials", "s", "cross-sector", ""),
    ("programming", "Software programmieren", "write software", "s", "sector-specific", "d"),
    ("java", "Java", "Java", "k", "sector-specific", "d"),
    ("python", "Python", "Python", "k", "sector-specific", "d"),
    ("cpp", "C und C++", "C and C++", "k", "sector-specific", "d"),
    ("embedded", "eingebettete Systeme", "embedded systems", "k", "sector-specific", "d"),
    ("autosar", "AUTOSAR", "AUTOSAR", "k", "occupation-specific", "d"),
    ("testing", "Software testen", "test software", "s", "sector-specific", "d"),
    ("git", "Versionsverwaltung nutzen", "use version control", "s", "sector-specific", "d"),
    ("agile", "agile Methoden (Scrum)", "agile methods (Scrum)", "k", "cross-sector", "d"),
    ("data", "Daten analysieren", "analyse data", "s", "cross-sector", "d"),
    ("ml", "maschinelles Lernen", "machine learning", "k", "sector-specific", "d"),
    ("cloud", "Cloud-Dienste", "cloud services", "k", "sector-specific", "d"),
    ("network", "Netzwerke einrichten", "set up networks", "s", "sector-specific", "d"),
    ("security-it", "IT-Sicherheit", "IT security", "k", "cross-sector", "d"),
    ("support", "Anwenderinnen und Anwender unterstützen", "support users", "s", "cross-sector", "d"),
    ("cad", "CAD-Konstruktion", "CAD design", "s", "sector-specific", "d"),
    ("design", "Bauteile konstruieren", "design components", "s", "sector-specific", ""),
    ("simulation", "Simulationen (FEM) durchführen", "run simulations (FEA)", "s", "sector-specific", "d"),
    ("mechanics", "technische Mechanik", "engineering mechanics", "k", "sector-specific", ""),
    ("project", "Projekte managen", "manage projects", "s", "cross-sector", ""),
    ("cost", "Kosten kalkulieren", "calculate costs", "s", "cross-sector", ""),
    ("lca", "Ökobilanzen erstellen", "carry out life cycle assessments", "s", "sector-specific", "g"),
    ("circular", "Kreislaufwirtschaft im Fahrzeugbau", "circular economy in vehicle manufacturing", "k", "sector-specific", "g"),
    ("remanufacture", "Bauteile wiederaufbereiten", "remanufacture components", "s", "occupation-specific", "g"),
    ("energy-mgmt", "Energiemanagement (ISO 50001)", "energy management (ISO 50001)", "k", "sector-specific", "g"),
    ("environment-law", "Umweltrecht für Betriebe", "environmental law for companies", "k", "cross-sector", "g"),
    ("solar", "Photovoltaikanlagen montieren", "install photovoltaic systems", "s", "occupation-specific", "g"),
    ("heat-pump", "Wärmepumpen installieren", "install heat pumps", "s", "occupation-specific", "g"),
    ("wind", "Windenergieanlagen warten", "maintain wind turbines", "s", "occupation-specific", "g"),
    ("hydrogen", "Wasserstofftechnik", "hydrogen technology", "k", "sector-specific", "g"),
    ("fuel-cell", "Brennstoffzellen", "fuel cells", "k", "sector-specific", "g"),
    ("customer", "Kundinnen und Kunden beraten", "advise customers", "s", "cross-sector", "t"),
    ("sales", "technische Produkte verkaufen", "sell technical products", "s", "cross-sector", ""),
    ("accounting", "Buchhaltung", "accounting", "k", "cross-sector", "d"),
    ("hr", "Personal verwalten", "administer personnel", "s", "cross-sector", ""),
    ("train-others", "andere ausbilden", "train others", "s", "transversal", "t"),
    ("additive", "additive Fertigung (3D-Druck)", "additive manufacturing (3D printing)", "s", "sector-specific", "dg"),
    ("clean-room", "unter Reinraumbedingungen arbeiten", "work in clean rooms", "s", "sector-specific", ""),
    ("chemicals", "Gefahrstoffe sicher handhaben", "handle hazardous substances safely", "s", "cross-sector", ""),
    ("textile", "technische Textilien verarbeiten", "process technical textiles", "s", "occupation-specific", ""),
    ("interior", "Fahrzeuginnenräume ausstatten", "fit vehicle interiors", "s", "occupation-specific", ""),
]:
    skill(key, de, en, kind, reuse, flags)

O = []
def occ(key, isco, code, pref, alts, hidden, desc, essential, optional, green=None):
    O.append((key, isco, code, pref, alts, hidden, desc, essential.split(), optional.split(), green))

occ("zerspanungsmechaniker", "7223", "7223.1", "Zerspanungsmechaniker/Zerspanungsmechanikerin", ["Zerspanungsmechaniker", "Zerspanungsmechanikerin", "Zerspaner", "Zerspanerin"], ["Dreher und Fräser"],
    "Zerspanungsmechaniker/Zerspanungsmechanikerinnen fertigen Präzisionsbauteile durch Drehen, Fräsen, Bohren und Schleifen an konventionellen und CNC-gesteuerten Werkzeugmaschinen.",
    "drawings measure turning milling drilling cnc-operate setup cutting-tools tolerances materials safety", "grinding cnc-program cam cooling-lubricant spc quality-mind teamwork")
occ("cnc-fraeser", "7223", "7223.2", "CNC-Fräser/CNC-Fräserin", ["CNC-Fräser", "CNC-Fräserin", "Fräser", "Fräserin"], [],
    "CNC-Fräser/CNC-Fräserinnen richten CNC-Fräsmaschinen ein, passen Programme an und fräsen Bauteile nach Zeichnung.",
    "milling cnc-operate cnc-program setup drawings measure cutting-tools safety", "cam tolerances materials cooling-lubricant quality-mind")
occ("cnc-dreher", "7223", "7223.3", "CNC-Dreher/CNC-Dreherin", ["CNC-Dreher", "CNC-Dreherin", "Dreher", "Dreherin"], [],
    "CNC-Dreher/CNC-Dreherinnen fertigen rotationssymmetrische Bauteile wie Wellen und Zahnräder auf CNC-Drehmaschinen.",
    "turning cnc-operate cnc-program setup drawings measure cutting-tools safety", "cam tolerances materials grinding quality-mind")
occ("getriebe-zerspaner", "7223", "7223.4", "Zerspanungsmechaniker im Getriebebau/Zerspanungsmechanikerin im Getriebebau", ["Getriebebauer", "Getriebebauerin", "Zerspaner Getriebeteile"], [],
    "Zerspanungsmechaniker/innen im Getriebebau fertigen Zahnräder, Wellen und Gehäuse für Fahrzeuggetriebe.",
    "turning milling grinding gear cnc-operate setup measure drawings tolerances", "heat-treat combustion spc cmm cooling-lubricant quality-mind")
occ("schleifer", "7224", "7224.1", "CNC-Schleifer/CNC-Schleiferin", ["Schleifer", "Schleiferin", "Rundschleifer"], [],
    "CNC-Schleifer/CNC-Schleiferinnen schleifen Präzisionsteile auf Rund- und Flachschleifmaschinen.",
    "grinding cnc-operate setup measure drawings tolerances", "materials heat-treat spc quality-mind safety")
occ("industriemechaniker", "7233", "7233.1", "Industriemechaniker/Industriemechanikerin", ["Industriemechaniker", "Industriemechanikerin", "Maschinenschlosser", "Betriebsschlosser"], ["Schlosser"],
    "Industriemechaniker/Industriemechanikerinnen bauen, warten und reparieren Maschinen und Produktionsanlagen.",
    "maintain fault hydraulics drawings assembly measure safety materials", "welding turning milling predictive sensors teamwork problem")
occ("instandhalter", "7233", "7233.2", "Instandhaltungstechniker/Instandhaltungstechnikerin", ["Instandhalter", "Instandhalterin", "Instandhaltungsmechaniker"], ["Wartungstechniker"],
    "Instandhaltungstechniker/innen halten Produktionsanlagen verfügbar: sie warten, beheben Störungen und verbessern Anlagen.",
    "maintain fault hydraulics electrics sensors safety problem", "predictive condition plc automation documentation energy-save")
occ("mechatroniker", "7412", "7412.1", "Mechatroniker/Mechatronikerin", ["Mechatroniker", "Mechatronikerin"], ["Mechatroniktechniker"],
    "Mechatroniker/Mechatronikerinnen bauen mechanische, elektrische und elektronische Komponenten zu Systemen zusammen, nehmen sie in Betrieb und halten sie instand.",
    "electrics electronics sensors plc hydraulics assembly fault measure-el drawings safety", "robot automation maintain predictive can problem teamwork")
occ("kfz-mechatroniker", "7231", "7231.1", "Kraftfahrzeugmechatroniker/Kraftfahrzeugmechatronikerin", ["Kfz-Mechatroniker", "Kfz-Mechatronikerin", "Kfz-Mechaniker", "Automechaniker"], ["Autoschrauber"],
    "Kfz-Mechatroniker/innen warten, prüfen und reparieren Fahrzeuge und ihre Systeme.",
    "vehicle-tech vehicle-service diagnose brakes electrics can safety customer", "hv-systems hv-safety adas combustion e-drive thermal")
occ("kfz-hv", "7231", "7231.2", "Kfz-Mechatroniker für System- und Hochvolttechnik/Kfz-Mechatronikerin für System- und Hochvolttechnik", ["HV-Techniker", "Hochvolttechnikerin", "Hochvolt-Techniker"], ["Elektroauto-Mechaniker"],
    "Fachkräfte für System- und Hochvolttechnik prüfen und reparieren Hybrid- und Elektrofahrzeuge.",
    "hv-safety hv-systems e-drive diagnose can electrics power-el vehicle-service", "bms thermal charging adas battery-test customer")
occ("kfz-elektriker", "7412", "7412.2", "Kraftfahrzeugelektriker/Kraftfahrzeugelektrikerin", ["Kfz-Elektriker", "Autoelektriker", "Kfz-Elektrikerin"], [],
    "Kraftfahrzeugelektriker/innen prüfen und reparieren die elektrische Ausrüstung von Fahrzeugen.",
    "electrics wiring diagnose can measure-el vehicle-tech", "hv-systems hv-safety adas customer")
occ("elektroniker-betriebstechnik", "7411", "7411.1", "Elektroniker für Betriebstechnik/Elektronikerin für Betriebstechnik", ["Betriebselektriker", "Industrieelektriker", "Elektroniker Betriebstechnik"], ["Elektriker"],
    "Elektroniker/innen für Betriebstechnik installieren und warten die elektrische Energieversorgung und Steuerungen von Anlagen.",
    "electrics wiring measure-el vde plc fault safety", "automation sensors energy-mgmt charging solar maintain")
occ("elektroniker-automatisierung", "7412", "7412.3", "Elektroniker für Automatisierungstechnik/Elektronikerin für Automatisierungstechnik", ["Automatisierungselektroniker", "SPS-Techniker"], [],
    "Elektroniker/innen für Automatisierungstechnik programmieren Steuerungen und nehmen automatisierte Anlagen in Betrieb.",
    "plc automation sensors electrics electronics robot fault measure-el", "mes data predictive hydraulics network")
occ("elektromotorenwickler", "7412", "7412.4", "Elektromaschinenbauer/Elektromaschinenbauerin", ["Elektromotorenwickler", "Elektromaschinenmonteur"], [],
    "Elektromaschinenbauer/innen bauen, wickeln und prüfen Elektromotoren und Generatoren.",
    "motor-wind e-drive electrics measure-el assembly", "power-el vde thermal quality-mind")
occ("montierer", "8211", "8211.1", "Montierer/Montiererin Fahrzeugteile", ["Montagearbeiter", "Montagearbeiterin", "Montagehelfer", "Produktionsmitarbeiter Montage"], ["Bandarbeiter"],
    "Montierer/innen montieren Baugruppen und Fahrzeugteile an Montagelinien nach Vorgabe.",
    "assembly screw line safety quality-mind teamwork", "5s lean inspect digital-basic")
occ("motorenmonteur", "8211", "8211.2", "Motorenmonteur/Motorenmonteurin", ["Motorenbauer", "Motorenbauerin", "Monteur Verbrennungsmotoren"], [],
    "Motorenmonteur/innen montieren und prüfen Verbrennungsmotoren und ihre Komponenten.",
    "assembly screw combustion line measure drawings", "inspect lean gear quality-mind teamwork")
occ("e-motor-monteur", "8212", "8212.1", "Monteur für elektrische Antriebe/Monteurin für elektrische Antriebe", ["E-Antriebsmonteur", "Monteur E-Motoren"], [],
    "Monteur/innen für elektrische Antriebe montieren Elektromotoren, Leistungselektronik und Getriebe zu Antriebseinheiten.",
    "assembly e-drive screw electrics hv-safety line", "power-el motor-wind inspect thermal quality-mind")
occ("batteriemonteur", "8212", "8212.2", "Batteriemonteur/Batteriemonteurin", ["Batteriemonteur", "Batteriemonteurin", "Montierer Batteriesysteme"], ["Akkumonteur"],
    "Batteriemonteur/innen montieren Batteriezellen zu Modulen und Packs für Elektrofahrzeuge.",
    "battery-assembly hv-safety assembly screw line safety", "battery-test bms thermal clean-room quality-mind")
occ("batterietechniker", "3113", "3113.1", "Techniker für Batterietechnik/Technikerin für Batterietechnik", ["Batterietechniker", "HV-Batterietechniker", "Akkutechniker"], [],
    "Techniker/innen für Batterietechnik betreuen die Fertigung und Prüfung von Batteriesystemen.",
    "battery-cell battery-test bms hv-safety hv-systems measure-el documentation", "battery-assembly thermal spc data battery-recycle clean-room")
occ("batterie-recycler", "9612", "9612.1", "Fachkraft für Batterierecycling", ["Batterierecycler", "Batterierecyclerin", "Recyclingfachkraft Batterien"], [],
    "Fachkräfte für Batterierecycling demontieren Altbatterien sicher und führen Materialien in den Kreislauf zurück.",
    "battery-recycle hv-safety chemicals waste safety", "circular battery-cell dangerous documentation")
occ("hv-ingenieur", "2151", "2151.1", "Ingenieur für elektrische Antriebe/Ingenieurin für elektrische Antriebe", ["Entwicklungsingenieur E-Antrieb", "Antriebsingenieur"], [],
    "Ingenieur/innen für elektrische Antriebe entwickeln Motoren, Leistungselektronik und Steuerungen für Elektrofahrzeuge.",
    "e-drive power-el electrics electronics simulation mechanics", "bms thermal embedded cpp project data")
occ("batterie-ingenieur", "2151", "2151.2", "Batteriesystemingenieur/Batteriesystemingenieurin", ["Batterieingenieur", "Ingenieur Batteriesysteme"], [],
    "Batteriesystemingenieur/innen entwickeln Batteriesysteme für Fahrzeuge und stationäre Speicher.",
    "battery-cell bms thermal simulation hv-systems electrics", "lca circular project data embedded")
occ("qualitaetspruefer", "7543", "7543.1", "Qualitätsprüfer/Qualitätsprüferin", ["Qualitätsprüfer", "Qualitätsprüferin", "Qualitätskontrolleur", "QS-Prüfer"], ["Prüfer"],
    "Qualitätsprüfer/innen prüfen Bauteile und Produkte mit Messmitteln und dokumentieren die Ergebnisse.",
    "inspect measure drawings tolerances documentation quality-mind", "cmm spc 8d digital-basic")
occ("qualitaetstechniker", "3119", "3119.1", "Qualitätssicherungstechniker/Qualitätssicherungstechnikerin", ["QS-Techniker", "Qualitätstechniker"], [],
    "Qualitätssicherungstechniker/innen planen Prüfungen, werten Messdaten aus und bearbeiten Reklamationen.",
    "qm-system spc cmm fmea 8d documentation inspect", "audit data measure lean english")
occ("qualitaetsmanager", "1219", "1219.1", "Qualitätsmanager/Qualitätsmanagerin", ["Qualitätsmanager", "QM-Beauftragter", "Leiter Qualität"], [],
    "Qualitätsmanager/innen führen das Qualitätsmanagementsystem eines Betriebs und verantworten Audits.",
    "qm-system audit fmea 8d lead-team project", "data lean english environment-law")
occ("schichtleiter", "3122", "3122.1", "Schichtleiter Produktion/Schichtleiterin Produktion", ["Schichtführer", "Schichtmeister", "Schichtleiter Fertigung"], [],
    "Schichtleiter/innen in der Produktion führen eine Schicht, verteilen die Arbeit und sichern Menge und Qualität.",
    "shift-lead lead-team kpi safety line quality-mind communicate", "lean mes plan-prod 5s problem")
occ("montageleiter", "3122", "3122.2", "Montageleiter/Montageleiterin", ["Montageleiter", "Montageleiterin", "Meister Montage", "Industriemeister Montage"], [],
    "Montageleiter/innen planen und führen die Montage von Fahrzeugen und Baugruppen.",
    "shift-lead lead-team assembly line kpi lean plan-prod", "mes project cost safety 5s")
occ("industriemeister-metall", "3122", "3122.3", "Industriemeister Metall/Industriemeisterin Metall", ["Industriemeister", "Meister Metall", "Fertigungsmeister"], [],
    "Industriemeister/innen Metall führen Fertigungsbereiche der Metallverarbeitung, bilden aus und verbessern Abläufe.",
    "lead-team plan-prod kpi lean train-others safety materials", "cost mes qm-system cnc-operate")
occ("produktionsplaner", "3122", "3122.4", "Produktionsplaner/Produktionsplanerin", ["Fertigungsplaner", "Arbeitsvorbereiter", "Produktionssteuerer"], [],
    "Produktionsplaner/innen planen Aufträge, Material und Kapazitäten der Fertigung.",
    "plan-prod erp mes kpi supply", "data lean cost communicate")
occ("anlagenfuehrer", "8189", "8189.1", "Maschinen- und Anlagenführer/Maschinen- und Anlagenführerin", ["Anlagenführer", "Anlagenführerin", "Maschinenführer", "Maschinenbediener"], ["Produktionshelfer"],
    "Maschinen- und Anlagenführer/innen richten Produktionsanlagen ein, überwachen den Ablauf und beheben kleine Störungen.",
    "setup line fault measure safety quality-mind", "mes condition 5s press plastics teamwork")
occ("roboterbediener", "3139", "3139.1", "Anlagenbediener Robotik/Anlagenbedienerin Robotik", ["Roboterbediener", "Bediener Industrieroboter"], [],
    "Anlagenbediener/innen Robotik bedienen und überwachen robotergestützte Fertigungszellen.",
    "robot setup line safety fault", "plc sensors mes condition")
occ("schweisser", "7212", "7212.1", "Schweißer/Schweißerin", ["Schweißer", "Schweißerin", "Metallschweißer"], [],
    "Schweißer/innen verbinden Metallteile mit Schweißverfahren wie MAG, WIG und Punktschweißen.",
    "welding materials drawings safety", "laser-weld sheet inspect quality-mind")
occ("karosseriebauer", "7213", "7213.1", "Karosseriebauer/Karosseriebauerin", ["Karosseriebauer", "Karosseriebauerin", "Karosseriemechaniker"], [],
    "Karosseriebauer/innen fertigen und reparieren Fahrzeugkarosserien aus Blech und Verbundwerkstoffen.",
    "sheet welding drawings vehicle-tech assembly", "composites lightweight laser-weld painting")
occ("presswerker", "8121", "8121.1", "Stanz- und Umformmechaniker/Stanz- und Umformmechanikerin", ["Presswerker", "Stanzer", "Umformer"], [],
    "Stanz- und Umformmechaniker/innen stellen Blechteile auf Pressen und Stanzautomaten her.",
    "press sheet setup measure safety", "materials maintain quality-mind")
occ("giessereimechaniker", "7211", "7211.1", "Gießereimechaniker/Gießereimechanikerin", ["Gießer", "Gießerin", "Druckgießer"], [],
    "Gießereimechaniker/innen stellen Gussteile wie Motorblöcke und Gehäuse im Druck- und Kokillenguss her.",
    "casting materials setup safety measure", "heat-treat inspect energy-save waste")
occ("lackierer", "7132", "7132.1", "Verfahrensmechaniker für Beschichtungstechnik/Verfahrensmechanikerin für Beschichtungstechnik", ["Industrielackierer", "Fahrzeuglackierer", "Lackierer"], [],
    "Verfahrensmechaniker/innen für Beschichtungstechnik lackieren und beschichten Bauteile in automatisierten Anlagen.",
    "painting chemicals setup safety quality-mind", "robot waste energy-save")
occ("kunststoff", "8142", "8142.1", "Verfahrensmechaniker für Kunststofftechnik/Verfahrensmechanikerin für Kunststofftechnik", ["Kunststoffformgeber", "Spritzgießer", "Kunststofftechniker"], [],
    "Verfahrensmechaniker/innen für Kunststofftechnik stellen Kunststoffteile im Spritzguss und in der Extrusion her.",
    "plastics setup measure materials safety", "composites lightweight circular quality-mind")
occ("fachkraft-lager", "4321", "4321.1", "Fachkraft für Lagerlogistik", ["Lagerist", "Lageristin", "Lagerfachkraft", "Lagerlogistiker"], [],
    "Fachkräfte für Lagerlogistik nehmen Waren an, lagern sie ein, kommissionieren und versenden sie.",
    "store pick ship inventory scanner forklift", "dangerous erp supply teamwork")
occ("lagerhelfer", "9333", "9333.1", "Lagerhelfer/Lagerhelferin", ["Lagerhelfer", "Lagerhelferin", "Lagerarbeiter", "Kommissionierer"], [],
    "Lagerhelfer/innen kommissionieren, verpacken und transportieren Waren im Lager.",
    "pick store ship safety", "forklift scanner teamwork")
occ("staplerfahrer", "8344", "8344.1", "Gabelstaplerfahrer/Gabelstaplerfahrerin", ["Staplerfahrer", "Staplerfahrerin", "Flurförderzeugführer"], [],
    "Gabelstaplerfahrer/innen transportieren Waren und Material mit Flurförderzeugen im Betrieb.",
    "forklift store safety", "scanner dangerous pick")
occ("berufskraftfahrer", "8332", "8332.1", "Berufskraftfahrer/Berufskraftfahrerin", ["LKW-Fahrer", "Lkw-Fahrerin", "Kraftfahrer"], [],
    "Berufskraftfahrer/innen transportieren Güter mit Lastkraftwagen im Nah- und Fernverkehr.",
    "truck route dangerous safety", "customer ship digital-basic")
occ("disponent", "3331", "3331.1", "Disponent Logistik/Disponentin Logistik", ["Logistikdisponent", "Speditionskaufmann", "Speditionskauffrau"], [],
    "Disponent/innen planen Transporte, steuern Touren und stimmen sich mit Kunden und Fahrern ab.",
    "route supply erp customer communicate", "customs data english")
occ("supply-chain", "1324", "1324.1", "Supply-Chain-Manager/Supply-Chain-Managerin", ["Logistikleiter", "Logistikmanager", "Leiter Lieferkette"], [],
    "Supply-Chain-Manager/innen steuern die Lieferketten eines Unternehmens vom Einkauf bis zur Auslieferung.",
    "supply erp data project lead-team", "customs purchase lca circular english")
occ("einkaeufer", "3323", "3323.1", "Technischer Einkäufer/Technische Einkäuferin", ["Einkäufer", "Einkäuferin", "Strategischer Einkäufer"], [],
    "Technische Einkäufer/innen beschaffen Material und Komponenten und verhandeln mit Lieferanten.",
    "purchase supply erp communicate cost", "english lca data")
occ("softwareentwickler", "2512", "2512.1", "Softwareentwickler/Softwareentwicklerin", ["Softwareentwickler", "Softwareentwicklerin", "Programmierer", "Software Engineer"], [],
    "Softwareentwickler/innen entwerfen, programmieren und testen Software.",
    "programming testing git agile problem", "java python cloud data security-it english")
occ("embedded-entwickler", "2514", "2514.1", "Embedded-Softwareentwickler/Embedded-Softwareentwicklerin", ["Embedded Entwickler", "Entwickler Steuergerätesoftware", "Embedded Software Engineer"], [],
    "Embedded-Softwareentwickler/innen programmieren Software für Steuergeräte in Fahrzeugen und Maschinen.",
    "programming embedded cpp testing can", "autosar bms electronics git agile")
occ("data-scientist", "2511", "2511.1", "Datenwissenschaftler/Datenwissenschaftlerin", ["Data Scientist", "Datenanalyst"], [],
    "Datenwissenschaftler/innen analysieren Produktions- und Geschäftsdaten und entwickeln Modelle des maschinellen Lernens.",
    "data ml python programming", "cloud predictive kpi english")
occ("it-admin", "2522", "2522.1", "Fachinformatiker Systemintegration/Fachinformatikerin Systemintegration", ["Systemadministrator", "IT-Administrator", "Fachinformatiker"], [],
    "Fachinformatiker/innen für Systemintegration richten IT-Systeme und Netzwerke ein und betreuen sie.",
    "network security-it support cloud", "programming digital-basic documentation")
occ("konstrukteur", "2144", "2144.1", "Konstrukteur Fahrzeugtechnik/Konstrukteurin Fahrzeugtechnik", ["Konstrukteur", "Konstrukteurin", "Entwicklungskonstrukteur", "Technischer Zeichner"], [],
    "Konstrukteur/innen entwerfen Bauteile und Baugruppen von Fahrzeugen mit CAD-Systemen.",
    "cad design drawings mechanics tolerances materials", "simulation lightweight additive project")
occ("maschinenbauingenieur", "2144", "2144.2", "Maschinenbauingenieur/Maschinenbauingenieurin", ["Maschinenbauingenieur", "Ingenieur Maschinenbau", "Dipl.-Ing. Maschinenbau"], [],
    "Maschinenbauingenieur/innen entwickeln Maschinen, Anlagen und Fertigungsverfahren.",
    "mechanics design cad simulation project materials", "automation lean cost lca english")
occ("produktionsingenieur", "2141", "2141.1", "Produktionsingenieur/Produktionsingenieurin", ["Fertigungsingenieur", "Prozessingenieur"], [],
    "Produktionsingenieur/innen planen und verbessern Fertigungsprozesse und Anlagen.",
    "plan-prod lean automation kpi project", "mes data energy-mgmt circular cost")
occ("energiemanager", "2149", "2149.1", "Energiemanager/Energiemanagerin", ["Energiebeauftragter", "Energieeffizienzmanager"], [],
    "Energiemanager/innen senken den Energieverbrauch von Betrieben und führen das Energiemanagement.",
    "energy-mgmt energy-save data environment-law project", "solar heat-pump lca kpi")
occ("umweltmanager", "2143", "2143.1", "Umweltmanager/Umweltmanagerin", ["Nachhaltigkeitsmanager", "Umweltbeauftragter"], [],
    "Umweltmanager/innen verantworten Umweltschutz und Nachhaltigkeit im Betrieb.",
    "environment-law lca circular waste audit", "energy-mgmt data project")
occ("solarteur", "7411", "7411.2", "Solartechniker/Solartechnikerin", ["Solarteur", "PV-Monteur", "Photovoltaikinstallateur"], [],
    "Solartechniker/innen planen und montieren Photovoltaikanlagen und Speicher.",
    "solar electrics wiring vde safety", "heat-pump charging customer bms")
occ("ladeinfra", "7411", "7411.3", "Elektroniker für Ladeinfrastruktur/Elektronikerin für Ladeinfrastruktur", ["Ladesäulenmonteur", "Techniker Ladeinfrastruktur"], [],
    "Elektroniker/innen für Ladeinfrastruktur installieren und warten Ladestationen für Elektrofahrzeuge.",
    "charging electrics wiring vde measure-el safety", "hv-systems network customer solar")
occ("windtechniker", "3131", "3131.1", "Servicetechniker Windenergie/Servicetechnikerin Windenergie", ["Windkrafttechniker", "Servicetechniker Windkraftanlagen"], [],
    "Servicetechniker/innen für Windenergie warten und reparieren Windenergieanlagen.",
    "wind maintain electrics hydraulics fault safety", "condition predictive english")
occ("wasserstoff", "3115", "3115.1", "Techniker Wasserstofftechnik/Technikerin Wasserstofftechnik", ["Wasserstofftechniker", "Brennstoffzellentechniker"], [],
    "Techniker/innen für Wasserstofftechnik montieren und prüfen Brennstoffzellen- und Wasserstoffsysteme.",
    "hydrogen fuel-cell safety measure hydraulics", "electrics sensors documentation")
occ("reman", "7233", "7233.3", "Fachkraft für Wiederaufbereitung/Fachkraft Remanufacturing", ["Remanufacturing-Techniker", "Aufbereiter Fahrzeugteile"], [],
    "Fachkräfte für Wiederaufbereitung zerlegen gebrauchte Fahrzeugteile, prüfen und bereiten sie als neuwertig auf.",
    "remanufacture inspect assembly circular measure", "gear combustion e-drive documentation waste")
occ("additive", "7223", "7223.5", "Fachkraft für additive Fertigung", ["3D-Druck-Techniker", "Additive Manufacturing Techniker"], [],
    "Fachkräfte für additive Fertigung stellen Bauteile im 3D-Druck her und bereiten sie nach.",
    "additive cad materials setup measure", "lightweight simulation quality-mind")
occ("innenausstatter", "7534", "7534.1", "Fahrzeuginnenausstatter/Fahrzeuginnenausstatterin", ["Fahrzeugsattler", "Autosattler"], [],
    "Fahrzeuginnenausstatter/innen fertigen und montieren Sitze, Verkleidungen und Innenausstattung.",
    "interior textile assembly drawings", "customer quality-mind composites")
occ("technischer-vertrieb", "2433", "2433.1", "Vertriebsingenieur/Vertriebsingenieurin", ["Technischer Vertrieb", "Key Account Manager Automotive"], [],
    "Vertriebsingenieur/innen beraten Kunden technisch und verkaufen Komponenten und Anlagen.",
    "sales customer communicate english vehicle-tech", "project cost data")
occ("ausbilder", "2320", "2320.1", "Ausbilder Metall- und Elektroberufe/Ausbilderin Metall- und Elektroberufe", ["Ausbilder", "Ausbildungsmeister"], [],
    "Ausbilder/innen bilden Auszubildende in Metall- und Elektroberufen im Betrieb aus.",
    "train-others lead-team communicate safety", "electrics materials digital-basic")
occ("personal", "4416", "4416.1", "Personalsachbearbeiter/Personalsachbearbeiterin", ["Personalreferent", "HR-Sachbearbeiter"], [],
    "Personalsachbearbeiter/innen betreuen Beschäftigte in Personalfragen und verwalten Personalakten.",
    "hr communicate digital-basic", "accounting erp english")
occ("buchhalter", "3313", "3313.1", "Buchhalter/Buchhalterin", ["Buchhalter", "Finanzbuchhalter", "Bilanzbuchhalter"], [],
    "Buchhalter/innen führen die Finanzbuchhaltung und erstellen Abschlüsse.",
    "accounting erp digital-basic", "cost data english")
occ("helfer-metall", "9329", "9329.1", "Produktionshelfer Metall/Produktionshelferin Metall", ["Produktionshelfer", "Produktionshelferin", "Hilfsarbeiter Metall", "Fabrikarbeiter"], [],
    "Produktionshelfer/innen unterstützen die Fertigung, bestücken Maschinen und prüfen Teile nach Vorgabe.",
    "line safety quality-mind teamwork", "assembly inspect 5s press")

# ---------------------------------------------------------------------------------------------------------
# More skills (second round): the demo needs a few hundred skills so that every occupation has a realistic
# set and pathways (machining -> CNC/e-mobility, Kfz -> high voltage, assembly -> battery) are meaningful.
for key, de, en, kind, reuse, flags in [
    # machining
    ("tool-presetting", "Werkzeuge voreinstellen und vermessen", "preset and measure tools", "s", "occupation-specific", ""),
    ("cnc-simulate", "CNC-Programme simulieren und einfahren", "simulate and prove out CNC programs", "s", "sector-specific", "d"),
    ("five-axis", "5-Achs-Fräsen", "five-axis milling", "s", "occupation-specific", "d"),
    ("turn-mill", "Dreh-Fräs-Zentren bedienen", "operate turn-mill centres", "s", "occupation-specific", "d"),
    ("gear-cutting", "Verzahnungen fräsen und wälzschleifen", "cut and grind gears", "s", "occupation-specific", ""),
    ("honing", "Honen und Läppen", "hone and lap", "s", "occupation-specific", ""),
    ("deburr", "Werkstücke entgraten", "deburr workpieces", "s", "sector-specific", ""),
    ("clamping", "Spannmittel und Vorrichtungen auswählen", "select clamping devices and fixtures", "s", "sector-specific", ""),
    ("cutting-data", "Schnittdaten bestimmen", "determine cutting parameters", "s", "occupation-specific", ""),
    ("machine-care", "Werkzeugmaschinen warten und pflegen", "service machine tools", "s", "sector-specific", ""),
    ("edm", "Funkenerosion", "electrical discharge machining", "k", "occupation-specific", ""),
    ("emotor-parts", "Rotorwellen und Statorgehäuse für E-Motoren fertigen", "machine rotor shafts and stator housings for e-motors", "s", "occupation-specific", "g"),
    ("aluminium-machining", "Aluminium und Leichtmetalle zerspanen", "machine aluminium and light alloys", "s", "occupation-specific", ""),
    ("manual-machining", "konventionelle Werkzeugmaschinen bedienen", "operate conventional machine tools", "s", "sector-specific", ""),
    ("filing", "Metall von Hand bearbeiten (Anreißen, Sägen, Feilen)", "work metal by hand (marking, sawing, filing)", "s", "cross-sector", ""),
    ("tool-wear", "Werkzeugverschleiß erkennen", "recognise tool wear", "s", "occupation-specific", ""),
    ("shopfloor-dnc", "Programme über DNC-Netzwerke übertragen", "transfer programs via DNC networks", "s", "sector-specific", "d"),
    # assembly, joining, forming
    ("worker-guidance", "mit Werkerassistenzsystemen arbeiten", "work with operator guidance systems", "s", "sector-specific", "d"),
    ("esd", "elektrostatisch gefährdete Bauteile handhaben (ESD)", "handle electrostatic-sensitive devices", "s", "sector-specific", ""),
    ("bonding", "Bauteile kleben und abdichten", "bond and seal components", "s", "sector-specific", ""),
    ("riveting", "Nieten und Clinchen", "rivet and clinch", "s", "occupation-specific", ""),
    ("torque-tools", "gesteuerte Schraubsysteme bedienen", "operate controlled screwdriving systems", "s", "sector-specific", "d"),
    ("leak-test", "Dichtheitsprüfungen durchführen", "perform leak tests", "s", "sector-specific", ""),
    ("cable-harness", "Kabelbäume konfektionieren und verlegen", "assemble and route cable harnesses", "s", "occupation-specific", ""),
    ("crimp", "Steckverbinder crimpen", "crimp connectors", "s", "sector-specific", ""),
    ("pre-assembly", "Baugruppen vormontieren", "pre-assemble subassemblies", "s", "sector-specific", ""),
    ("rework", "Nacharbeit an Bauteilen durchführen", "rework components", "s", "sector-specific", ""),
    ("material-supply", "Montagelinien mit Material versorgen", "supply assembly lines with material", "s", "sector-specific", ""),
    ("cycle-time", "im Takt arbeiten", "work to cycle time", "s", "sector-specific", ""),
    ("visual-check", "Sichtprüfungen durchführen", "carry out visual inspections", "s", "cross-sector", ""),
    ("lifting", "Hebezeuge und Krane bedienen", "operate hoists and cranes", "s", "cross-sector", ""),
    ("spot-weld", "Punktschweißanlagen bedienen", "operate spot welding equipment", "s", "occupation-specific", ""),
    ("brazing", "weich- und hartlöten", "solder and braze", "s", "sector-specific", ""),
    ("weld-inspect", "Schweißnähte prüfen", "inspect weld seams", "s", "occupation-specific", ""),
    ("thermal-cutting", "thermisch trennen (Plasma, Brennschneiden)", "cut thermally (plasma, flame cutting)", "s", "occupation-specific", ""),
    ("bending", "Rohre und Profile biegen", "bend tubes and profiles", "s", "occupation-specific", ""),
    ("die-change", "Werkzeuge in Pressen wechseln", "change press dies", "s", "occupation-specific", ""),
    ("dent-repair", "Karosserieschäden instand setzen", "repair body damage", "s", "occupation-specific", ""),
    ("seats", "Fahrzeugsitze montieren", "assemble vehicle seats", "s", "occupation-specific", ""),
    ("upholstery", "polstern und beziehen", "upholster and cover", "s", "occupation-specific", ""),
    ("sewing", "Industrienähmaschinen bedienen", "operate industrial sewing machines", "s", "occupation-specific", ""),
    # measuring and quality
    ("gauges", "Lehren und Prüfmittel einsetzen", "use gauges and test equipment", "s", "sector-specific", ""),
    ("msa", "Prüfmittelfähigkeit nachweisen (MSA)", "carry out measurement system analysis", "s", "sector-specific", "d"),
    ("surface-measure", "Oberflächenrauheit messen", "measure surface roughness", "s", "occupation-specific", ""),
    ("first-article", "Erstmusterprüfungen durchführen (PPAP)", "carry out first article inspections (PPAP)", "s", "sector-specific", ""),
    ("cmm-program", "Messprogramme für Koordinatenmessgeräte erstellen", "write CMM measuring programs", "s", "occupation-specific", "d"),
    ("optical-measure", "optische und 3D-Scan-Messsysteme bedienen", "operate optical and 3D scanning systems", "s", "sector-specific", "d"),
    ("material-test", "Werkstoffprüfungen durchführen", "carry out material tests", "s", "sector-specific", ""),
    ("ndt", "zerstörungsfreie Prüfverfahren anwenden", "apply non-destructive testing", "s", "sector-specific", ""),
    ("eol-test", "End-of-Line-Prüfstände bedienen", "operate end-of-line test benches", "s", "sector-specific", "d"),
    ("root-cause", "Fehlerursachen analysieren (Ishikawa, 5 Why)", "analyse root causes (Ishikawa, 5 Why)", "s", "cross-sector", ""),
    ("control-plan", "Produktionslenkungspläne erstellen", "create control plans", "s", "sector-specific", ""),
    ("supplier-quality", "Lieferantenqualität bewerten", "assess supplier quality", "s", "sector-specific", ""),
    ("blocking", "fehlerhafte Teile sperren und kennzeichnen", "quarantine and label nonconforming parts", "s", "sector-specific", ""),
    ("calibration", "Prüfmittel kalibrieren und überwachen", "calibrate and monitor test equipment", "s", "sector-specific", ""),
    # electrical
    ("circuit-diagrams", "Schaltpläne lesen und erstellen", "read and draw circuit diagrams", "s", "sector-specific", ""),
    ("control-cabinet", "Schaltschränke aufbauen und verdrahten", "build and wire control cabinets", "s", "occupation-specific", ""),
    ("soldering-el", "elektronische Baugruppen löten", "solder electronic assemblies", "s", "sector-specific", ""),
    ("install-el", "elektrische Anlagen installieren", "install electrical systems", "s", "sector-specific", ""),
    ("commission-el", "elektrische Anlagen in Betrieb nehmen", "commission electrical systems", "s", "sector-specific", ""),
    ("protective", "Schutzmaßnahmen gegen elektrischen Schlag prüfen", "test protection against electric shock", "s", "occupation-specific", ""),
    ("drives-config", "Frequenzumrichter und Antriebe parametrieren", "configure frequency converters and drives", "s", "sector-specific", "d"),
    ("low-voltage", "Niederspannungsanlagen", "low-voltage installations", "k", "sector-specific", ""),
    ("emc", "elektromagnetische Verträglichkeit", "electromagnetic compatibility", "k", "sector-specific", ""),
    ("pcb", "Leiterplattenfertigung und SMD-Bestückung", "PCB manufacturing and SMD assembly", "k", "sector-specific", ""),
    ("oscilloscope", "Oszilloskope und Signalanalyse nutzen", "use oscilloscopes and signal analysis", "s", "sector-specific", "d"),
    ("insulation-test", "Isolationsmessungen durchführen", "carry out insulation measurements", "s", "sector-specific", ""),
    ("transformers", "Transformatoren und elektrische Maschinen", "transformers and electrical machines", "k", "sector-specific", ""),
    ("el-qualified", "Tätigkeiten als Elektrofachkraft ausführen", "work as a qualified electrician", "s", "sector-specific", ""),
    # high voltage, battery, e-mobility
    ("hv-deenergize", "Hochvoltsysteme spannungsfrei schalten", "de-energise high-voltage systems", "s", "occupation-specific", "g"),
    ("hv-levels", "Qualifizierungsstufen für Arbeiten an Hochvoltsystemen", "qualification levels for work on high-voltage systems", "k", "sector-specific", "g"),
    ("cell-handling", "Batteriezellen sicher handhaben", "handle battery cells safely", "s", "occupation-specific", "g"),
    ("cell-contact", "Zellverbinder laserschweißen und kontaktieren", "laser-weld and contact cell connectors", "s", "occupation-specific", "g"),
    ("battery-diagnose", "Hochvoltbatterien diagnostizieren und instand setzen", "diagnose and repair high-voltage batteries", "s", "occupation-specific", "gd"),
    ("battery-storage", "Lithium-Ionen-Batterien lagern und transportieren", "store and transport lithium-ion batteries", "s", "sector-specific", "g"),
    ("thermal-runaway", "Brandschutz bei Lithium-Ionen-Batterien", "fire protection for lithium-ion batteries", "k", "sector-specific", "g"),
    ("cell-production", "Zellfertigung (Elektroden, Stapeln, Formieren)", "cell production (electrodes, stacking, formation)", "k", "occupation-specific", "g"),
    ("dry-room", "im Trockenraum arbeiten", "work in dry rooms", "s", "occupation-specific", ""),
    ("charging-tech", "Ladetechnik und Ladestandards", "charging technology and standards", "k", "sector-specific", "gd"),
    ("e-mobility", "Elektromobilität", "electric mobility", "k", "cross-sector", "g"),
    ("hybrid", "Hybridantriebe", "hybrid drives", "k", "sector-specific", "g"),
    ("inverter", "Wechselrichter und Umrichter", "inverters and converters", "k", "sector-specific", "g"),
    ("emotor-test", "Elektromotoren am Prüfstand prüfen", "test electric motors on test benches", "s", "occupation-specific", "gd"),
    ("hairpin", "Hairpin-Statoren fertigen", "manufacture hairpin stators", "s", "occupation-specific", "g"),
    ("magnets", "Permanentmagnete handhaben und einbauen", "handle and fit permanent magnets", "s", "occupation-specific", ""),
    ("second-life", "Batterien für Second-Life-Anwendungen bewerten", "assess batteries for second-life use", "s", "occupation-specific", "g"),
    ("recycling-process", "Recyclingverfahren für Batteriematerialien", "recycling processes for battery materials", "k", "sector-specific", "g"),
    ("battery-regulation", "EU-Batterieverordnung und Batteriepass", "EU battery regulation and battery passport", "k", "sector-specific", "gd"),
    ("wallbox", "Wallboxen beim Kunden installieren", "install wallboxes for customers", "s", "occupation-specific", "g"),
    ("storage-systems", "stationäre Batteriespeicher", "stationary battery storage", "k", "sector-specific", "g"),
    # automation and maintenance
    ("plc-s7", "Engineering-Software für Steuerungen (TIA Portal)", "controller engineering software (TIA Portal)", "k", "sector-specific", "d"),
    ("hmi", "Bedienoberflächen (HMI) projektieren", "configure human-machine interfaces", "s", "sector-specific", "d"),
    ("fieldbus", "industrielle Kommunikation (PROFINET, OPC UA)", "industrial communication (PROFINET, OPC UA)", "k", "sector-specific", "d"),
    ("cobots", "kollaborierende Roboter einrichten", "set up collaborative robots", "s", "occupation-specific", "d"),
    ("robot-safety", "Sicherheitstechnik an Roboterzellen", "safety technology of robot cells", "k", "sector-specific", ""),
    ("vision", "Bildverarbeitungssysteme einrichten", "set up machine vision systems", "s", "sector-specific", "d"),
    ("machine-safety", "Maschinenrichtlinie und Maschinensicherheit", "machinery directive and machine safety", "k", "sector-specific", ""),
    ("commissioning", "Anlagen in Betrieb nehmen", "commission plants", "s", "sector-specific", ""),
    ("maintenance-plan", "Wartungspläne erstellen und umsetzen", "create and carry out maintenance plans", "s", "sector-specific", ""),
    ("cmms", "Instandhaltungssoftware nutzen", "use maintenance management software", "s", "sector-specific", "d"),
    ("tpm", "Total Productive Maintenance", "total productive maintenance", "k", "cross-sector", ""),
    ("spare-parts", "Ersatzteile bestimmen und bevorraten", "identify and stock spare parts", "s", "sector-specific", ""),
    ("vibration", "Schwingungen an Maschinen analysieren", "analyse machine vibration", "s", "occupation-specific", "d"),
    ("compressed-air", "Druckluftanlagen effizient betreiben", "operate compressed air systems efficiently", "s", "sector-specific", "g"),
    ("iot", "Industrie 4.0 und vernetzte Sensorik (IIoT)", "industry 4.0 and industrial IoT", "k", "sector-specific", "d"),
    ("digital-twin", "digitale Zwillinge von Anlagen", "digital twins of plants", "k", "sector-specific", "d"),
    ("retrofit", "Anlagen modernisieren (Retrofit)", "retrofit plants", "s", "sector-specific", "g"),
    ("lubrication", "Schmierpläne umsetzen", "carry out lubrication plans", "s", "sector-specific", ""),
    ("mechanical-assembly", "mechanische Baugruppen demontieren und montieren", "disassemble and assemble mechanical units", "s", "sector-specific", ""),
    ("bearings", "Lager, Dichtungen und Getriebe tauschen", "replace bearings, seals and gearboxes", "s", "occupation-specific", ""),
    # vehicles
    ("engine-diagnose", "Motormanagement prüfen", "test engine management", "s", "occupation-specific", "d"),
    ("chassis", "Fahrwerke vermessen und einstellen", "measure and adjust chassis", "s", "occupation-specific", ""),
    ("aircon", "Klimaanlagen im Fahrzeug warten", "service vehicle air conditioning", "s", "occupation-specific", ""),
    ("tires", "Räder und Reifen wechseln", "change wheels and tyres", "s", "occupation-specific", ""),
    ("inspection-hu", "Fahrzeuge für die Hauptuntersuchung vorbereiten", "prepare vehicles for roadworthiness tests", "s", "occupation-specific", ""),
    ("ota", "Software-Updates an Fahrzeugen durchführen", "perform vehicle software updates", "s", "occupation-specific", "d"),
    ("vehicle-network", "Fahrzeugnetzwerke (Automotive Ethernet)", "vehicle networks (automotive Ethernet)", "k", "sector-specific", "d"),
    ("vehicle-electronics", "Kfz-Elektronik und Steuergeräte", "automotive electronics and control units", "k", "sector-specific", "d"),
    ("vehicle-light", "Fahrzeugbeleuchtung prüfen und einstellen", "test and adjust vehicle lighting", "s", "occupation-specific", ""),
    ("workshop-order", "Werkstattaufträge annehmen und abrechnen", "take and invoice workshop orders", "s", "occupation-specific", "d"),
    ("emissions", "Abgasuntersuchungen durchführen", "carry out emissions tests", "s", "occupation-specific", ""),
    ("automotive-process", "Produktentstehungsprozess in der Automobilindustrie", "product development process in the automotive industry", "k", "sector-specific", ""),
    ("ev-service", "Elektrofahrzeuge warten", "service electric vehicles", "s", "occupation-specific", "g"),
    ("functional-safety", "funktionale Sicherheit (ISO 26262)", "functional safety (ISO 26262)", "k", "sector-specific", "d"),
    ("homologation", "Fahrzeugzulassung und Typgenehmigung", "vehicle approval and type approval", "k", "sector-specific", ""),
    ("vehicle-test", "Fahrzeugerprobungen durchführen", "carry out vehicle tests", "s", "sector-specific", ""),
    # logistics and purchasing
    ("goods-in", "Wareneingang prüfen", "check incoming goods", "s", "sector-specific", ""),
    ("load-secure", "Ladung sichern", "secure loads", "s", "sector-specific", ""),
    ("jit", "Just-in-time- und Just-in-sequence-Belieferung", "just-in-time and just-in-sequence supply", "k", "sector-specific", ""),
    ("kanban", "Kanban-Regelkreise steuern", "run kanban loops", "s", "sector-specific", ""),
    ("packaging", "Verpackungen und Ladungsträger auswählen", "select packaging and load carriers", "s", "sector-specific", "g"),
    ("tugger", "Routenzüge fahren", "drive tugger trains", "s", "occupation-specific", ""),
    ("agv", "fahrerlose Transportsysteme überwachen", "monitor automated guided vehicles", "s", "sector-specific", "d"),
    ("tachograph", "Lenk- und Ruhezeiten einhalten", "comply with driving and rest times", "s", "occupation-specific", ""),
    ("eco-driving", "kraftstoffsparend fahren", "drive fuel-efficiently", "s", "sector-specific", "g"),
    ("logistics-planning", "Logistikprozesse planen", "plan logistics processes", "s", "sector-specific", ""),
    ("freight-docs", "Frachtpapiere erstellen", "prepare freight documents", "s", "sector-specific", "d"),
    ("sap-mm", "Materialwirtschaft im ERP-System", "materials management in ERP systems", "k", "sector-specific", "d"),
    ("demand-plan", "Bedarfe planen und disponieren", "plan demand and materials", "s", "sector-specific", "d"),
    ("supplier-mgmt", "Lieferanten auswählen und bewerten", "select and evaluate suppliers", "s", "cross-sector", ""),
    ("contracts", "Verträge verhandeln", "negotiate contracts", "s", "cross-sector", ""),
    ("sustainable-supply", "nachhaltige Lieferketten und Sorgfaltspflichten", "sustainable supply chains and due diligence", "k", "cross-sector", "g"),
    # software, data, IT
    ("requirements", "Anforderungen erheben und dokumentieren", "gather and document requirements", "s", "cross-sector", "d"),
    ("sw-architecture", "Softwarearchitekturen entwerfen", "design software architectures", "s", "sector-specific", "d"),
    ("ci", "Software automatisch bauen und ausliefern (CI/CD)", "build and deliver software automatically (CI/CD)", "s", "sector-specific", "d"),
    ("sql", "Datenbanken und SQL", "databases and SQL", "k", "sector-specific", "d"),
    ("web", "Webanwendungen entwickeln", "develop web applications", "s", "sector-specific", "d"),
    ("linux", "Linux-Systeme administrieren", "administer Linux systems", "s", "sector-specific", "d"),
    ("rtos", "Echtzeitbetriebssysteme", "real-time operating systems", "k", "occupation-specific", "d"),
    ("hil", "Hardware-in-the-Loop-Tests durchführen", "carry out hardware-in-the-loop tests", "s", "occupation-specific", "d"),
    ("matlab", "MATLAB und Simulink", "MATLAB and Simulink", "k", "sector-specific", "d"),
    ("aspice", "Automotive SPICE", "Automotive SPICE", "k", "occupation-specific", "d"),
    ("cybersecurity-auto", "Cybersecurity im Fahrzeug (ISO/SAE 21434)", "vehicle cybersecurity (ISO/SAE 21434)", "k", "occupation-specific", "d"),
    ("statistics", "Statistik", "statistics", "k", "cross-sector", "d"),
    ("visualise", "Daten in Dashboards darstellen", "present data in dashboards", "s", "cross-sector", "d"),
    ("data-eng", "Datenpipelines aufbauen", "build data pipelines", "s", "sector-specific", "d"),
    ("ai-vision", "KI-gestützte Bildauswertung", "AI-based image analysis", "k", "sector-specific", "d"),
    ("helpdesk", "IT-Störungen aufnehmen und lösen", "record and resolve IT incidents", "s", "sector-specific", "d"),
    ("backup", "Datensicherungen einrichten", "set up backups", "s", "sector-specific", "d"),
    ("ot-security", "Sicherheit von Produktionsnetzen (OT-Security)", "security of production networks (OT security)", "k", "sector-specific", "d"),
    ("virtualisation", "Server virtualisieren", "virtualise servers", "s", "sector-specific", "d"),
    ("data-protection", "Datenschutz (DSGVO)", "data protection (GDPR)", "k", "cross-sector", "d"),
    ("office", "Office-Programme anwenden", "use office software", "s", "transversal", "td"),
    ("low-code", "Abläufe mit Low-Code-Werkzeugen automatisieren", "automate tasks with low-code tools", "s", "cross-sector", "d"),
    # design and development
    ("pdm", "Produktdatenmanagement (PDM/PLM)", "product data management (PDM/PLM)", "k", "sector-specific", "d"),
    ("gdt-drawing", "technische Zeichnungen normgerecht erstellen", "produce standard-compliant technical drawings", "s", "sector-specific", "d"),
    ("tolerance-analysis", "Toleranzketten berechnen", "calculate tolerance chains", "s", "occupation-specific", ""),
    ("dfm", "fertigungsgerecht konstruieren", "design for manufacturing", "s", "sector-specific", ""),
    ("prototype", "Prototypen aufbauen und erproben", "build and test prototypes", "s", "sector-specific", ""),
    # planning and leading production
    ("process-plan", "Arbeitspläne erstellen", "create work plans", "s", "sector-specific", "d"),
    ("time-study", "Vorgabezeiten ermitteln (REFA, MTM)", "determine standard times (REFA, MTM)", "s", "sector-specific", ""),
    ("layout-plan", "Fabrik- und Linienlayouts planen", "plan factory and line layouts", "s", "occupation-specific", "d"),
    ("capacity", "Kapazitäten planen", "plan capacity", "s", "cross-sector", "d"),
    ("value-stream", "Wertströme analysieren", "analyse value streams", "s", "cross-sector", ""),
    ("shopfloor", "Shopfloor-Management durchführen", "run shopfloor management", "s", "sector-specific", ""),
    ("feedback", "Mitarbeitergespräche führen", "hold staff appraisals", "s", "cross-sector", ""),
    ("change-mgmt", "Veränderungen im Betrieb begleiten", "guide change in the company", "s", "cross-sector", ""),
    ("budget", "Budgets planen und überwachen", "plan and control budgets", "s", "cross-sector", ""),
    ("risk", "Risiken bewerten", "assess risks", "s", "cross-sector", ""),
    ("instruct-method", "Unterweisungen planen und durchführen", "plan and give instruction", "s", "sector-specific", ""),
    ("vocational-law", "Berufsbildungsrecht und Ausbildungsordnungen", "vocational training law and training regulations", "k", "occupation-specific", ""),
    ("labour-law", "Arbeitsrecht", "labour law", "k", "cross-sector", ""),
    # business and customers
    ("recruiting", "Personal auswählen und einstellen", "recruit staff", "s", "cross-sector", ""),
    ("payroll", "Entgeltabrechnung", "payroll", "k", "cross-sector", "d"),
    ("controlling", "Controlling und Kostenrechnung", "controlling and cost accounting", "k", "cross-sector", "d"),
    ("tax", "Steuerrecht für Unternehmen", "company tax law", "k", "occupation-specific", ""),
    ("annual-accounts", "Jahresabschlüsse erstellen", "prepare annual accounts", "s", "occupation-specific", "d"),
    ("offers", "Angebote erstellen", "prepare quotations", "s", "cross-sector", ""),
    ("crm", "Kundenbeziehungen im CRM pflegen", "manage customer relationships in a CRM", "s", "cross-sector", "d"),
    ("market", "Märkte und Wettbewerber analysieren", "analyse markets and competitors", "s", "cross-sector", ""),
    ("complaints-customer", "Kundenreklamationen bearbeiten", "handle customer complaints", "s", "cross-sector", ""),
    # energy, environment, circular economy
    ("energy-audit", "Energieaudits durchführen", "carry out energy audits", "s", "sector-specific", "g"),
    ("energy-data", "Energieverbräuche messen und auswerten", "measure and analyse energy consumption", "s", "sector-specific", "gd"),
    ("co2-balance", "CO2-Bilanzen erstellen", "prepare carbon footprints", "s", "sector-specific", "gd"),
    ("csrd", "Nachhaltigkeitsberichterstattung", "sustainability reporting", "k", "cross-sector", "g"),
    ("iso14001", "Umweltmanagementsysteme (ISO 14001)", "environmental management systems (ISO 14001)", "k", "sector-specific", "g"),
    ("waste-law", "Abfallrecht und Entsorgungsnachweise", "waste law and disposal records", "k", "sector-specific", "g"),
    ("heat-recovery", "Wärmerückgewinnung planen", "plan heat recovery", "s", "sector-specific", "g"),
    ("pv-design", "Photovoltaikanlagen auslegen", "design photovoltaic systems", "s", "occupation-specific", "gd"),
    ("grid-connect", "Anlagen an das Stromnetz anschließen", "connect systems to the grid", "s", "occupation-specific", "g"),
    ("roof-work", "auf Dächern sicher arbeiten", "work safely on roofs", "s", "sector-specific", ""),
    ("height-rescue", "in großer Höhe arbeiten und retten", "work and rescue at heights", "s", "occupation-specific", ""),
    ("rotor-blades", "Rotorblätter inspizieren", "inspect rotor blades", "s", "occupation-specific", "g"),
    ("h2-safety", "Explosionsschutz bei Wasserstoff", "explosion protection for hydrogen", "k", "occupation-specific", "g"),
    ("gas-systems", "Gasleitungen und Druckbehälter prüfen", "test gas pipes and pressure vessels", "s", "sector-specific", ""),
    ("electrolysis", "Elektrolyseure betreiben", "operate electrolysers", "s", "occupation-specific", "g"),
    ("design-circular", "kreislauffähig konstruieren", "design for circularity", "s", "sector-specific", "g"),
    ("material-separation", "Werkstoffe sortenrein trennen", "separate materials by type", "s", "sector-specific", "g"),
    ("core-mgmt", "Altteile bewerten und sortieren", "assess and sort used cores", "s", "occupation-specific", "g"),
    ("cleaning-parts", "Bauteile industriell reinigen", "clean components industrially", "s", "sector-specific", ""),
    ("renewables", "erneuerbare Energien", "renewable energy", "k", "cross-sector", "g"),
    # plastics, surfaces, casting, additive
    ("mould-change", "Spritzgießwerkzeuge wechseln und bemustern", "change and sample injection moulds", "s", "occupation-specific", ""),
    ("extrusion", "Extrusionsanlagen bedienen", "operate extrusion lines", "s", "occupation-specific", ""),
    ("polymer", "Kunststoffkunde", "polymer science", "k", "sector-specific", ""),
    ("recyclate", "Rezyklate verarbeiten", "process recycled plastics", "s", "occupation-specific", "g"),
    ("pretreatment", "Oberflächen vorbehandeln", "pretreat surfaces", "s", "occupation-specific", ""),
    ("powder-coat", "pulverbeschichten", "powder-coat", "s", "occupation-specific", ""),
    ("paint-mix", "Lacke mischen und Farbtöne abstimmen", "mix paints and match colours", "s", "occupation-specific", ""),
    ("emission-control", "Lösemittelemissionen begrenzen", "limit solvent emissions", "s", "occupation-specific", "g"),
    ("die-casting-machine", "Druckgießmaschinen bedienen", "operate die casting machines", "s", "occupation-specific", ""),
    ("foundry-sand", "Formen und Kerne herstellen", "make moulds and cores", "s", "occupation-specific", ""),
    ("melt", "Schmelzen führen und Legierungen einstellen", "run melts and adjust alloys", "s", "occupation-specific", ""),
    ("powder-bed", "pulverbettbasiertes Laserschmelzen", "laser powder bed fusion", "k", "occupation-specific", "d"),
    ("post-process", "additiv gefertigte Bauteile nachbearbeiten", "post-process additively manufactured parts", "s", "occupation-specific", ""),
    ("slicing", "Bauaufträge für 3D-Drucker vorbereiten", "prepare 3D printing jobs", "s", "occupation-specific", "d"),
    # transversal
    ("reliability", "zuverlässig und sorgfältig arbeiten", "work reliably and carefully", "s", "transversal", "t"),
    ("flexibility", "sich auf neue Aufgaben einstellen", "adapt to new tasks", "s", "transversal", "t"),
    ("time-mgmt", "die eigene Arbeit organisieren", "organise own work", "s", "transversal", "t"),
    ("decide", "Entscheidungen treffen", "make decisions", "s", "transversal", "t"),
    ("stress", "mit Zeitdruck umgehen", "cope with time pressure", "s", "transversal", "t"),
    ("shift-work", "im Schichtbetrieb arbeiten", "work in shifts", "s", "transversal", "t"),
    ("intercultural", "in internationalen Teams arbeiten", "work in international teams", "s", "transversal", "t"),
    ("abstract", "technische Zusammenhänge verstehen", "understand technical relationships", "s", "transversal", "t"),
    ("numeracy", "mit Zahlen und Maßen umgehen", "work with numbers and measurements", "s", "transversal", "t"),
    ("conflict", "Konflikte im Team lösen", "resolve conflicts in teams", "s", "transversal", "t"),
    ("presentation", "Ergebnisse präsentieren", "present results", "s", "transversal", "t"),
    ("moderate", "Besprechungen und Workshops moderieren", "moderate meetings and workshops", "s", "transversal", "t"),
    ("write-reports", "Berichte schreiben", "write reports", "s", "transversal", "t"),
    ("ideas", "Verbesserungsvorschläge einbringen", "suggest improvements", "s", "transversal", "t"),
    ("service-mind", "kundenorientiert handeln", "act in a customer-oriented way", "s", "transversal", "t"),
    ("sustain-mind", "im Arbeitsalltag nachhaltig handeln", "act sustainably at work", "s", "transversal", "tg"),
    ("first-aid", "Erste Hilfe leisten", "give first aid", "s", "transversal", "t"),
    ("ergonomics", "ergonomisch arbeiten", "work ergonomically", "s", "transversal", "t"),
    ("ppe", "persönliche Schutzausrüstung verwenden", "use personal protective equipment", "s", "cross-sector", ""),
    ("fire", "Brandschutzregeln befolgen", "follow fire safety rules", "s", "cross-sector", ""),
    ("risk-assess-ws", "Gefährdungsbeurteilungen erstellen", "carry out workplace risk assessments", "s", "cross-sector", ""),
    # languages
    ("german-tech", "Fachsprache Deutsch im Betrieb verwenden", "use technical German at work", "s", "transversal", "t"),
    ("czech", "Tschechisch im Beruf verwenden", "use Czech at work", "s", "transversal", "t"),
    ("english-tech", "technische Dokumentationen auf Englisch lesen", "read technical documentation in English", "s", "transversal", "t"),
]:
    skill(key, de, en, kind, reuse, flags)

# Skills added to the occupations of the first round: essential, optional.
ADD = {
    "zerspanungsmechaniker": ("clamping cutting-data deburr manual-machining filing numeracy", "tool-presetting cnc-simulate five-axis turn-mill emotor-parts aluminium-machining tool-wear machine-care shopfloor-dnc gauges edm reliability ppe shift-work"),
    "cnc-fraeser": ("clamping cutting-data deburr tool-wear", "five-axis cnc-simulate tool-presetting aluminium-machining emotor-parts gauges shopfloor-dnc machine-care shift-work"),
    "cnc-dreher": ("clamping cutting-data tool-wear", "turn-mill cnc-simulate tool-presetting emotor-parts gauges deburr shift-work"),
    "getriebe-zerspaner": ("gear-cutting clamping gauges", "honing surface-measure tool-wear emotor-parts cutting-data shift-work"),
    "schleifer": ("clamping gauges surface-measure", "honing gear-cutting tool-wear reliability"),
    "industriemechaniker": ("mechanical-assembly bearings filing manual-machining", "commissioning maintenance-plan spare-parts cmms lifting compressed-air tpm abstract ppe"),
    "instandhalter": ("maintenance-plan cmms spare-parts bearings", "vibration tpm iot retrofit compressed-air drives-config el-qualified circuit-diagrams root-cause"),
    "mechatroniker": ("circuit-diagrams commissioning mechanical-assembly", "hmi fieldbus drives-config cobots control-cabinet abstract oscilloscope soldering-el"),
    "kfz-mechatroniker": ("engine-diagnose chassis tires inspection-hu vehicle-electronics workshop-order", "aircon emissions ev-service ota vehicle-light hv-levels e-mobility service-mind"),
    "kfz-hv": ("hv-deenergize hv-levels battery-diagnose ev-service vehicle-electronics insulation-test", "ota charging-tech thermal-runaway hybrid vehicle-network e-mobility workshop-order"),
    "kfz-elektriker": ("vehicle-electronics vehicle-light circuit-diagrams crimp cable-harness oscilloscope", "ota vehicle-network insulation-test hv-levels e-mobility"),
    "elektroniker-betriebstechnik": ("circuit-diagrams install-el commission-el protective low-voltage el-qualified insulation-test", "control-cabinet drives-config transformers energy-data fieldbus wallbox"),
    "elektroniker-automatisierung": ("circuit-diagrams plc-s7 hmi fieldbus commissioning control-cabinet", "drives-config cobots vision iot digital-twin robot-safety machine-safety ot-security"),
    "elektromotorenwickler": ("hairpin magnets insulation-test transformers emotor-test", "inverter circuit-diagrams esd e-mobility turning measure drawings emotor-parts bearings mechanical-assembly tolerances cnc-operate"),
    "montierer": ("cycle-time visual-check worker-guidance torque-tools ppe", "esd pre-assembly bonding material-supply rework ergonomics shift-work cable-harness e-mobility"),
    "motorenmonteur": ("cycle-time torque-tools leak-test pre-assembly", "worker-guidance rework visual-check eol-test shift-work ergonomics"),
    "e-motor-monteur": ("hairpin magnets torque-tools cycle-time esd", "hv-levels emotor-test eol-test inverter worker-guidance e-mobility insulation-test measure drawings"),
    "batteriemonteur": ("cell-handling esd torque-tools cycle-time hv-levels", "cell-contact worker-guidance bonding dry-room thermal-runaway eol-test battery-storage visual-check e-mobility ppe"),
    "batterietechniker": ("hv-levels cell-production thermal-runaway eol-test", "cell-contact dry-room second-life battery-regulation root-cause control-plan storage-systems"),
    "batterie-recycler": ("hv-deenergize hv-levels cell-handling thermal-runaway battery-storage material-separation", "recycling-process second-life battery-regulation ppe waste-law lifting"),
    "hv-ingenieur": ("inverter e-mobility matlab emc", "functional-safety hairpin emotor-test requirements presentation english-tech hybrid"),
    "batterie-ingenieur": ("cell-production storage-systems thermal-runaway battery-regulation", "matlab functional-safety second-life recycling-process requirements presentation"),
    "qualitaetspruefer": ("gauges visual-check blocking reliability", "surface-measure optical-measure material-test first-article calibration numeracy"),
    "qualitaetstechniker": ("msa first-article control-plan root-cause cmm-program", "supplier-quality optical-measure calibration ndt statistics write-reports presentation"),
    "qualitaetsmanager": ("root-cause control-plan supplier-quality moderate presentation", "iso14001 msa automotive-process functional-safety change-mgmt risk"),
    "schichtleiter": ("shopfloor feedback shift-work conflict", "value-stream capacity first-aid ideas decide"),
    "montageleiter": ("shopfloor feedback capacity conflict decide", "value-stream layout-plan budget labour-law worker-guidance change-mgmt e-mobility"),
    "industriemeister-metall": ("shopfloor feedback instruct-method labour-law budget", "time-study process-plan value-stream risk-assess-ws change-mgmt decide"),
    "produktionsplaner": ("capacity process-plan demand-plan sap-mm", "kanban time-study jit visualise office"),
    "anlagenfuehrer": ("cycle-time visual-check shift-work ppe", "mould-change die-change tpm rework worker-guidance reliability"),
    "roboterbediener": ("cobots robot-safety shift-work", "vision hmi worker-guidance tpm agv"),
    "schweisser": ("weld-inspect thermal-cutting ppe", "spot-weld brazing ndt bending filing lifting"),
    "karosseriebauer": ("dent-repair spot-weld riveting bonding", "thermal-cutting brazing weld-inspect bending workshop-order"),
    "presswerker": ("die-change lifting ppe", "bending tpm riveting visual-check shift-work"),
    "giessereimechaniker": ("die-casting-machine foundry-sand melt ppe", "material-test ndt heat-recovery energy-data shift-work fire"),
    "lackierer": ("pretreatment paint-mix powder-coat ppe", "emission-control visual-check surface-measure tpm fire resource"),
    "kunststoff": ("mould-change polymer", "extrusion recyclate tpm material-separation shift-work visual-check"),
    "fachkraft-lager": ("goods-in load-secure packaging sap-mm", "kanban jit freight-docs agv battery-storage office"),
    "lagerhelfer": ("goods-in packaging ppe", "load-secure tugger lifting ergonomics shift-work material-supply"),
    "staplerfahrer": ("load-secure goods-in ppe", "tugger lifting battery-storage agv shift-work"),
    "berufskraftfahrer": ("load-secure tachograph eco-driving freight-docs", "battery-storage first-aid service-mind czech"),
    "disponent": ("freight-docs logistics-planning office", "jit czech eco-driving decide stress"),
    "supply-chain": ("logistics-planning sustainable-supply demand-plan supplier-mgmt", "jit sap-mm risk contracts visualise battery-regulation"),
    "einkaeufer": ("supplier-mgmt contracts sap-mm", "sustainable-supply market czech risk office"),
    "softwareentwickler": ("requirements sw-architecture ci sql", "web linux data-protection english-tech low-code learn"),
    "embedded-entwickler": ("rtos hil functional-safety requirements", "aspice cybersecurity-auto matlab vehicle-network oscilloscope ci pcb soldering-el learn"),
    "data-scientist": ("statistics sql visualise data-eng", "ai-vision iot presentation energy-data data-protection"),
    "it-admin": ("linux helpdesk backup virtualisation", "ot-security data-protection office low-code"),
    "konstrukteur": ("pdm gdt-drawing tolerance-analysis dfm", "prototype design-circular automotive-process english-tech presentation"),
    "maschinenbauingenieur": ("pdm dfm requirements prototype", "machine-safety design-circular digital-twin budget risk presentation vehicle-test"),
    "produktionsingenieur": ("value-stream layout-plan process-plan time-study capacity", "digital-twin iot co2-balance budget change-mgmt moderate resource"),
    "energiemanager": ("energy-audit energy-data co2-balance heat-recovery", "compressed-air renewables csrd presentation iso14001"),
    "umweltmanager": ("iso14001 waste-law co2-balance csrd", "sustainable-supply battery-regulation material-separation presentation moderate sustain-mind"),
    "solarteur": ("pv-design grid-connect roof-work install-el", "storage-systems wallbox renewables service-mind"),
    "ladeinfra": ("wallbox charging-tech install-el protective commission-el", "grid-connect storage-systems e-mobility service-mind insulation-test"),
    "windtechniker": ("height-rescue rotor-blades el-qualified", "vibration renewables cmms bearings lubrication first-aid"),
    "wasserstoff": ("h2-safety gas-systems electrolysis leak-test", "renewables commissioning ppe risk-assess-ws"),
    "reman": ("core-mgmt cleaning-parts mechanical-assembly", "material-separation eol-test battery-diagnose second-life rework sustain-mind"),
    "additive": ("powder-bed slicing post-process", "design-circular surface-measure optical-measure ppe prototype"),
    "innenausstatter": ("seats upholstery sewing", "bonding cycle-time visual-check recyclate"),
    "technischer-vertrieb": ("offers crm market", "e-mobility presentation contracts czech complaints-customer intercultural homologation"),
    "ausbilder": ("vocational-law instruct-method presentation", "conflict feedback first-aid office flexibility learn"),
    "personal": ("recruiting labour-law payroll office data-protection", "feedback change-mgmt intercultural time-mgmt"),
    "buchhalter": ("annual-accounts tax controlling office", "payroll budget data-protection time-mgmt"),
    "helfer-metall": ("ppe visual-check cycle-time", "deburr lifting filing material-supply shift-work ergonomics german-tech flexibility learn resource"),
}
for i, o in enumerate(O):
    essential, optional = ADD.get(o[0], ("", ""))
    O[i] = o[:7] + (o[7] + [k for k in essential.split() if k not in o[7]], o[8] + [k for k in optional.split() if k not in o[8] and k not in essential.split()], o[9])

# The skill hierarchy (ESCO format: skillGroups_de.csv, broaderRelationsSkillPillar.csv, skillsHierarchy_de.csv):
# four pillars (level 0) with topical groups (level 1); every skill belongs to exactly one group.
PILLARS = [
    ("S", "Fertigkeiten und Kompetenzen"),
    ("K", "Wissen"),
    ("T", "Transversale Fähigkeiten und Kompetenzen"),
    ("L", "Sprachliche Fähigkeiten und Kenntnisse"),
]
GROUPS = [
    ("S1", "Metall spanend bearbeiten", "turning milling grinding drilling cnc-program cnc-operate cutting-tools setup cooling-lubricant tool-presetting cnc-simulate five-axis turn-mill gear-cutting honing deburr clamping cutting-data machine-care emotor-parts aluminium-machining manual-machining filing tool-wear shopfloor-dnc"),
    ("S2", "Montieren, Fügen und Umformen", "assembly screw line welding laser-weld sheet press textile interior worker-guidance esd bonding riveting torque-tools leak-test cable-harness crimp pre-assembly rework material-supply cycle-time lifting spot-weld brazing weld-inspect thermal-cutting bending die-change dent-repair seats upholstery sewing"),
    ("S3", "Messen, Prüfen und Qualität sichern", "measure spc cmm inspect fmea 8d audit documentation visual-check gauges msa surface-measure first-article cmm-program optical-measure material-test ndt eol-test root-cause control-plan supplier-quality blocking calibration"),
    ("S4", "Elektrische Anlagen installieren und prüfen", "wiring measure-el vde circuit-diagrams control-cabinet soldering-el install-el commission-el protective drives-config oscilloscope insulation-test el-qualified"),
    ("S5", "Hochvolt- und Batteriesysteme bearbeiten", "hv-safety motor-wind battery-assembly battery-test battery-recycle charging hv-deenergize cell-handling cell-contact battery-diagnose battery-storage dry-room emotor-test hairpin magnets second-life wallbox"),
    ("S6", "Anlagen automatisieren und instand halten", "plc robot maintain fault predictive condition hmi cobots vision commissioning maintenance-plan cmms spare-parts vibration compressed-air retrofit lubrication mechanical-assembly bearings"),
    ("S7", "Fahrzeuge warten und diagnostizieren", "diagnose vehicle-service adas engine-diagnose chassis aircon tires inspection-hu ota vehicle-light workshop-order emissions ev-service vehicle-test"),
    ("S8", "Lagern, Transportieren und Beschaffen", "forklift store pick ship inventory scanner dangerous truck route supply purchase goods-in load-secure kanban packaging tugger agv tachograph eco-driving logistics-planning freight-docs demand-plan supplier-mgmt contracts"),
    ("S9", "Software entwickeln und IT betreuen", "programming testing git data network support requirements sw-architecture ci web linux hil visualise data-eng helpdesk backup virtualisation low-code"),
    ("S10", "Konstruieren und Entwickeln", "drawings cad design simulation gdt-drawing tolerance-analysis dfm prototype design-circular"),
    ("S11", "Produktion planen und Mitarbeitende führen", "shift-lead lead-team kpi mes erp plan-prod 5s train-others project cost process-plan time-study layout-plan capacity value-stream shopfloor feedback change-mgmt budget risk instruct-method"),
    ("S12", "Energie effizient nutzen und Kreisläufe schließen", "lca remanufacture solar heat-pump wind energy-audit energy-data co2-balance heat-recovery pv-design grid-connect roof-work height-rescue rotor-blades gas-systems electrolysis material-separation core-mgmt cleaning-parts"),
    ("S13", "Kunststoffe, Oberflächen und Guss verarbeiten", "painting plastics composites additive clean-room chemicals mould-change extrusion recyclate pretreatment powder-coat paint-mix emission-control die-casting-machine foundry-sand melt post-process slicing"),
    ("S14", "Kaufmännisch handeln und Kunden beraten", "customer sales hr recruiting annual-accounts offers crm market complaints-customer office"),
    ("K1", "Werkstoffe, Mechanik und Fertigungsverfahren", "tolerances materials heat-treat mechanics lightweight casting cam edm polymer powder-bed"),
    ("K2", "Elektrotechnik, Elektronik und elektrische Antriebe", "electrics electronics e-drive power-el hv-systems battery-cell bms thermal low-voltage emc pcb transformers hv-levels thermal-runaway cell-production charging-tech e-mobility hybrid inverter recycling-process storage-systems"),
    ("K3", "Fahrzeugtechnik", "vehicle-tech combustion gear brakes can vehicle-network vehicle-electronics automotive-process functional-safety homologation"),
    ("K4", "Automatisierung, Informatik und Daten", "automation sensors hydraulics java python cpp embedded autosar agile ml cloud security-it plc-s7 fieldbus robot-safety iot digital-twin sql rtos matlab aspice cybersecurity-auto statistics ai-vision ot-security pdm"),
    ("K5", "Qualität, Normen und Recht", "qm-system customs environment-law machine-safety data-protection labour-law vocational-law iso14001 waste-law battery-regulation"),
    ("K6", "Energie-, Umwelt- und Wasserstofftechnik", "energy-mgmt circular hydrogen fuel-cell renewables h2-safety csrd sustainable-supply"),
    ("K7", "Wirtschaft, Logistik und Organisation", "accounting lean jit sap-mm payroll controlling tax tpm"),
    ("T1", "Zusammenarbeiten und kommunizieren", "teamwork communicate conflict presentation moderate intercultural service-mind write-reports"),
    ("T2", "Selbstständig arbeiten und lernen", "learn digital-basic reliability flexibility time-mgmt stress shift-work quality-mind"),
    ("T3", "Denken und Probleme lösen", "problem decide abstract numeracy ideas"),
    ("T4", "Nachhaltig handeln", "resource waste energy-save sustain-mind"),
    ("T5", "Sicher und gesund arbeiten", "safety first-aid ergonomics ppe fire risk-assess-ws"),
    ("L1", "Sprachen", "english german-tech czech english-tech"),
]
GROUP_OF = {}
for code, label, keys in GROUPS:
    for k in keys.split():
        if k not in S:
            raise SystemExit("unknown skill " + k + " in group " + code)
        if k in GROUP_OF:
            raise SystemExit("skill " + k + " in two groups: " + GROUP_OF[k] + ", " + code)
        GROUP_OF[k] = code
missing = [k for k in S if k not in GROUP_OF]
if missing:
    raise SystemExit("skills without group: " + " ".join(missing))
unused = [k for k in S if not any(k in o[7] or k in o[8] for o in O)]
if unused:
    raise SystemExit("skills no occupation uses: " + " ".join(unused))

os.makedirs(OUT, exist_ok=True)
def write(name, header, rows):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)

used = set()
for o in O:
    for k in o[7] + o[8]:
        if k not in S:
            raise SystemExit("unknown skill " + k + " in " + o[0])
        used.add(k)
write("occupations_de.csv", ["conceptType", "conceptUri", "iscoGroup", "preferredLabel", "altLabels", "hiddenLabels", "status", "modifiedDate", "regulatedProfessionNote", "scopeNote", "definition", "inScheme", "description", "code", "naceCode"],
      [["Occupation", BASE + "occupation/" + o[0], o[1], o[3], "\n".join(o[4]), "\n".join(o[5]), "released", "2026-11-21T00:00:00Z", "", "", "", BASE + "scheme/occupations", o[6], o[2], ""] for o in O])
write("skills_en.csv", ["conceptType", "conceptUri", "skillType", "reuseLevel", "preferredLabel", "altLabels", "hiddenLabels", "status", "modifiedDate", "scopeNote", "definition", "inScheme", "description"],
      [["KnowledgeSkillCompetence", BASE + "skill/" + k, v[2], v[3], v[1], "", "", "released", "2026-11-21T00:00:00Z", "", "", BASE + "scheme/skills", ""] for k, v in S.items()])
write("skills_de.csv", ["conceptUri", "preferredLabel"], [[BASE + "skill/" + k, v[0]] for k, v in S.items()])
rel = []
for o in O:
    for k in o[7]:
        rel.append([BASE + "occupation/" + o[0], "essential", S[k][2], BASE + "skill/" + k])
    for k in o[8]:
        if k not in o[7]:
            rel.append([BASE + "occupation/" + o[0], "optional", S[k][2], BASE + "skill/" + k])
write("occupationSkillRelations.csv", ["occupationUri", "relationType", "skillType", "skillUri"], rel)
coll_header = ["conceptType", "conceptUri", "preferredLabel", "status", "skillType", "reuseLevel", "altLabels", "description", "broaderConceptUri", "broaderConceptPT"]
for flag, name in [("g", "greenSkillsCollection_de.csv"), ("d", "digitalSkillsCollection_de.csv"), ("t", "transversalSkillsCollection_de.csv")]:
    write(name, coll_header, [["KnowledgeSkillCompetence", BASE + "skill/" + k, v[0], "released", v[2], v[3], "", "", "", ""] for k, v in S.items() if flag in v[4]])
GROUP_URI = lambda code: BASE + "skill-group/" + code
write("skillGroups_de.csv", ["conceptType", "conceptUri", "preferredLabel", "altLabels", "hiddenLabels", "status", "modifiedDate", "scopeNote", "inScheme", "description", "code"],
      [["SkillGroup", GROUP_URI(code), label, "", "", "released", "2026-11-21T00:00:00Z", "", BASE + "scheme/skills-hierarchy", "", code] for code, label in PILLARS]
      + [["SkillGroup", GROUP_URI(code), label, "", "", "released", "2026-11-21T00:00:00Z", "", BASE + "scheme/skills-hierarchy", "", code] for code, label, _ in GROUPS])
write("broaderRelationsSkillPillar.csv", ["conceptType", "conceptUri", "broaderType", "broaderUri"],
      [["SkillGroup", GROUP_URI(code), "SkillGroup", GROUP_URI(code[0])] for code, _, _ in GROUPS]
      + [["KnowledgeSkillCompetence", BASE + "skill/" + k, "SkillGroup", GROUP_URI(GROUP_OF[k])] for k in S])
pillar_label = dict(PILLARS)
write("skillsHierarchy_de.csv", ["Level 0 URI", "Level 0 preferred term", "Level 1 URI", "Level 1 preferred term", "Level 2 URI", "Level 2 preferred term", "Level 3 URI", "Level 3 preferred term", "Description", "Scope note", "Level 0 code", "Level 1 code", "Level 2 code", "Level 3 code"],
      [[GROUP_URI(code), label, "", "", "", "", "", "", "", "", code, "", "", ""] for code, label in PILLARS]
      + [[GROUP_URI(code[0]), pillar_label[code[0]], GROUP_URI(code), label, "", "", "", "", "", "", code[0], code, "", ""] for code, label, _ in GROUPS])
groups = {}
for o in O:
    groups.setdefault(o[1], o[3].split("/")[0])
write("ISCOGroups_de.csv", ["conceptType", "conceptUri", "code", "preferredLabel", "status", "altLabels", "inScheme", "description"],
      [["ISCOGroup", BASE + "isco/C" + code, code, "Berufsgruppe " + code + " (Demo: " + label + " u. a.)", "released", "", BASE + "scheme/isco", ""] for code, label in sorted(groups.items())])
green = []
for o in O:
    ks = o[7] + [k for k in o[8] if k not in o[7]]
    share = sum(1 for k in ks if "g" in S[k][4]) / len(ks)
    green.append(["Occupation", BASE + "occupation/" + o[0], o[2], o[3], round(share, 4)])
write("greenShareOcc_de.csv", ["conceptType", "conceptUri", "code", "preferredLabel", "greenShare"], green)
print(len(O), "occupations,", len(S), "skills,", len(used), "used,", len(rel), "relations,", len(PILLARS) + len(GROUPS), "skill groups")
print("skills per occupation: min", min(len(o[7]) + len(o[8]) for o in O), "max", max(len(o[7]) + len(o[8]) for o in O))
