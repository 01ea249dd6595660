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
print(len(O), "occupations,", len(S), "skills,", len(used), "used,", len(rel), "relations")
