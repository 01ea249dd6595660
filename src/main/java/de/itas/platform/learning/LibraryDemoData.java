package de.itas.platform.learning;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.region.ActionFieldSummary;
import de.itas.platform.region.PartnerSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.web.TaggedPdf;
import de.itas.platform.skills.Occupations;

/**
 * Twenty made-up library items for the demo, published, of all four kinds, tagged with skills of the demo
 * taxonomy (those the current taxonomy does not know are left out) and with the region's action fields and
 * partners taken by position, so the same texts serve every region. The texts name no place. Each study gets
 * a small tagged PDF rendered at load time. Runs once (when no demo item exists).
 */
@Component
@ConditionalOnBooleanProperty("platform.demo.enabled")
class LibraryDemoData {

	private static final Logger log = LoggerFactory.getLogger(LibraryDemoData.class);

	private static final String SKILL = "https://demo.itas.local/taxonomy/skill/";

	/** One made-up item; {@code field} and {@code partner} are positions in the region's lists. */
	record Demo(ContentKind kind, String title, String summary, String text, String url, int field, int partner,
			int monthsAgo, String language, List<String> skills, List<String> groups) {
	}

	static final List<Demo> ITEMS = List.of(
			study("Resilienzstudie: Wie robust sind die Zulieferketten der Region?",
					"Die Studie untersucht, wie stark kleine und mittlere Zulieferer von einzelnen Abnehmern und Antriebsarten abhängen, und beschreibt fünf Wege zu mehr Widerstandskraft: neue Kundengruppen, Kooperationen, Qualifizierung, Digitalisierung und Kreislaufwirtschaft.",
					0, 0, 3, List.of("supply", "risk", "change-mgmt"), List.of("COMPANIES", "PUBLIC_BODIES")),
			study("Potenzialstudie Kreislaufwirtschaft im Fahrzeugbau",
					"Welche Bauteile lassen sich wiederaufbereiten, welche Werkstoffe zurückgewinnen? Die Studie schätzt Mengen, Wertschöpfung und Beschäftigung und nennt die Kompetenzen, die dafür gebraucht werden.",
					1, 1, 6, List.of("circular", "remanufacture", "material-separation", "core-mgmt"), List.of("COMPANIES")),
			study("Machbarkeitsstudie Batterie-Second-Life",
					"Gebrauchte Fahrzeugbatterien als stationäre Speicher: Die Studie prüft Technik, Sicherheit, Kosten und Geschäftsmodelle und beschreibt die Schritte vom Prüfstand bis zum Pilotbetrieb.",
					1, 2, 9, List.of("battery-recycle", "battery-test", "bms", "hv-safety"), List.of("COMPANIES", "ADVISORS")),
			study("Mobilitätskonzept: Zusammenfassung für Betriebe",
					"Die Kurzfassung eines Mobilitätskonzepts für Gewerbegebiete: Pendelwege, Werksbusse, Radwege, Ladeinfrastruktur und was Betriebe selbst beitragen können.",
					2, 0, 12, List.of("charging", "project"), List.of("COMPANIES", "PUBLIC_BODIES")),
			article("Hochvolt-Qualifizierung: Welche Stufe brauche ich?",
					"Wer an Elektrofahrzeugen arbeitet, braucht je nach Tätigkeit eine andere Hochvolt-Qualifizierung. Der Artikel erklärt die Stufen und wo es Kurse gibt.",
					"## Drei Stufen\n\n- **Sensibilisierung** für alle, die in der Nähe arbeiten\n- **Fachkundig unterwiesene Person** für Arbeiten an spannungsfreien Systemen\n- **Fachkundige Person** für Arbeiten unter Spannung\n\nFragen Sie Ihre Weiterbildungsberatung, welche Stufe Ihre Aufgaben verlangen.",
					3 % 5, 1, 1, List.of("hv-safety", "hv-systems", "e-drive"), List.of("EMPLOYEES", "JOBSEEKERS")),
			article("Vom Zerspaner zur Fachkraft für Batterierecycling",
					"Ein Erfahrungsbericht: Wie ein Facharbeiter aus der Getriebefertigung mit zwei Weiterbildungen in das Batterierecycling gewechselt ist.",
					"Nach zwanzig Jahren an der Drehmaschine stand fest: Die Getriebeteile werden weniger. Mit einer **Hochvolt-Schulung** und einem Kurs zur **Demontage von Batterien** gelang der Wechsel.\n\nWichtig waren die Kenntnisse aus der Zerspanung: Messen, Sorgfalt, Arbeitsschutz.",
					3, 2, 2, List.of("battery-recycle", "hv-safety", "material-separation"), List.of("EMPLOYEES")),
			article("Design for Disassembly: fünf Regeln für kreislauffähige Bauteile",
					"Was Konstrukteurinnen und Konstrukteure tun können, damit Bauteile am Ende ihres Lebens zerlegt, sortiert und wiederverwendet werden können.",
					"1. Lösbare statt geklebte Verbindungen\n2. Wenige, gut trennbare Werkstoffe\n3. Kennzeichnung der Kunststoffe\n4. Zugängliche Verbindungselemente\n5. Standardisierte Schnittstellen",
					1, 0, 4, List.of("design-circular", "dfm", "circular"), List.of("COMPANIES", "EMPLOYEES")),
			article("Rezyklate in der Kunststoffverarbeitung",
					"Rezyklate verhalten sich anders als Neuware. Der Artikel fasst zusammen, worauf es beim Spritzgießen ankommt.",
					"Schwankende Schmelzeviskosität, Feuchte und Fremdstoffe sind die häufigsten Ursachen für Ausschuss. Eingangsprüfung und angepasste Prozessfenster helfen.",
					1, 1, 5, List.of("recyclate", "plastics", "polymer"), List.of("EMPLOYEES")),
			article("Weiterbildung im Betrieb planen: eine Checkliste",
					"Eine kurze Checkliste für kleine und mittlere Unternehmen: Bedarf erheben, Förderungen prüfen, Freistellung organisieren, Ergebnisse sichern.",
					"- Welche Aufgaben ändern sich in den nächsten drei Jahren?\n- Wer braucht welche Kompetenzen?\n- Welche Förderprogramme passen?\n- Wie wird das Gelernte im Alltag angewendet?",
					4, 2, 7, List.of("train-others", "change-mgmt", "feedback"), List.of("COMPANIES", "TRAINERS")),
			article("Energiedaten auswerten: erste Schritte",
					"Wie ein Betrieb mit einfachen Messungen die größten Verbraucher findet und Einsparungen belegt.",
					"Beginnen Sie mit den Hauptzählern, ergänzen Sie Unterzähler an Druckluft, Kälte und Öfen und werten Sie Lastgänge monatlich aus.",
					0, 0, 8, List.of("energy-data", "energy-mgmt", "energy-save"), List.of("COMPANIES")),
			article("Data protection basics for small suppliers",
					"A short English introduction to data protection duties when digitising production and HR processes.",
					"Keep a record of processing activities, minimise personal data in machine logs and agree on data processing contracts with cloud providers.",
					4, 1, 10, List.of("data-protection", "security-it"), List.of("COMPANIES")),
			video("Remanufacturing von Antriebsteilen erklärt",
					"Ein zehnminütiges Erklärvideo: Wie Getriebe und Starter befundet, gereinigt, aufbereitet und geprüft werden.",
					"Sprecherin: Willkommen in der Aufbereitung. Zuerst wird jedes Altteil befundet: Ist das Gehäuse intakt? Dann folgt die industrielle Reinigung, danach werden Verschleißteile ersetzt und das Bauteil geprüft wie ein neues.",
					1, 2, 2, List.of("remanufacture", "cleaning-parts", "core-mgmt"), List.of("EMPLOYEES", "JOBSEEKERS")),
			video("Sicheres Arbeiten an Hochvoltsystemen",
					"Die fünf Sicherheitsregeln am Beispiel eines Elektrofahrzeugs, mit Untertiteln und Transkript.",
					"Sprecher: Regel eins: freischalten. Regel zwei: gegen Wiedereinschalten sichern. Regel drei: Spannungsfreiheit feststellen. Regel vier und fünf gelten sinngemäß.",
					3, 0, 3, List.of("hv-safety", "ppe"), List.of("EMPLOYEES")),
			video("Batteriezellen verstehen",
					"Aufbau und Chemie von Lithium-Ionen-Zellen in zwölf Minuten, für Einsteigerinnen und Einsteiger.",
					"Sprecherin: Eine Zelle besteht aus Kathode, Anode, Separator und Elektrolyt. Beim Laden wandern Lithium-Ionen zur Anode.",
					2, 1, 6, List.of("battery-cell", "battery-assembly"), List.of("EMPLOYEES", "JOBSEEKERS")),
			video("Werkerassistenz in der Montage",
					"Wie digitale Werkerassistenzsysteme Schritt für Schritt durch Montagevarianten führen.",
					"Sprecher: Das System zeigt jeden Arbeitsschritt am Bildschirm an und prüft das Anzugsdrehmoment automatisch.",
					0, 2, 11, List.of("worker-guidance", "assembly", "torque-tools"), List.of("EMPLOYEES")),
			link("Portal der Bundesagentur für Arbeit zur Weiterbildungsförderung",
					"Überblick über Förderungen für Beschäftigte und Betriebe nach dem Qualifizierungschancengesetz.",
					"https://www.arbeitsagentur.de/karriere-und-weiterbildung", 4, 0, 1, List.of("learn"),
					List.of("EMPLOYEES", "COMPANIES", "ADVISORS")),
			link("ESCO – die europäische Klassifikation der Berufe und Kompetenzen",
					"Die Taxonomie, aus der die Kompetenzen der Plattform stammen: Berufe, Kompetenzen und ihre Beziehungen.",
					"https://esco.ec.europa.eu/de", 4, 1, 14, List.of("learn"), List.of("ADVISORS", "TRAINERS")),
			link("Leitfaden Ökobilanz für kleine Betriebe",
					"Ein frei zugänglicher Leitfaden, wie Betriebe die Umweltwirkung eines Produkts abschätzen.",
					"https://www.umweltbundesamt.de/themen/wirtschaft-konsum", 1, 2, 9, List.of("lca", "co2-balance"),
					List.of("COMPANIES")),
			link("Circular economy in the automotive sector (English overview)",
					"An English overview of circular economy strategies in vehicle manufacturing.",
					"https://environment.ec.europa.eu/topics/circular-economy_en", 1, 0, 13, List.of("circular", "design-circular"),
					List.of("COMPANIES", "TRAINERS")),
			article("Lernen im Arbeitsprozess: kurze Formate",
					"Kurze Lerneinheiten am Arbeitsplatz wirken, wenn sie an echte Aufgaben anknüpfen. Der Artikel zeigt Beispiele.",
					"Fünf Minuten vor Schichtbeginn, ein QR-Code an der Maschine, ein kurzes Video: So wird Lernen Teil der Arbeit.",
					4, 1, 2, List.of("learn", "train-others", "instruct-method"), List.of("TRAINERS", "COMPANIES")));

	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;
	private final Region region;
	private final Occupations occupations;
	private final Clock clock;

	LibraryDemoData(JdbcClient jdbc, TransactionTemplate transactions, Region region, Occupations occupations,
			Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.region = region;
		this.occupations = occupations;
		this.clock = clock;
	}

	@EventListener(ApplicationStartedEvent.class)
	@Order(76)
	void load() {
		if (jdbc.sql("SELECT count(*) FROM learning.library_item WHERE demo").query(Long.class).single() > 0) {
			return;
		}
		List<PartnerSummary> partners = region.partners();
		List<ActionFieldSummary> fields = region.actionFields();
		if (partners.isEmpty()) {
			log.info("The region has no partners: no demo library");
			return;
		}
		transactions.executeWithoutResult(status -> {
			Instant now = clock.instant();
			LocalDate today = LocalDate.ofInstant(now, ZoneId.of("Europe/Berlin"));
			for (Demo demo : ITEMS) {
				UUID id = UUID.randomUUID();
				List<String> skills = demo.skills()
					.stream()
					.map(name -> SKILL + name)
					.filter(uri -> occupations.skill(uri).isPresent())
					.toList();
				List<String> codes = fields.isEmpty() ? List.of()
						: List.of(fields.get(demo.field() % fields.size()).code());
				Timestamp at = Timestamp.from(now.minusSeconds(86_400L * 30 * demo.monthsAgo()));
				String slug = LibrarySlugs.of(demo.title());
				int inserted = jdbc.sql("""
						INSERT INTO learning.library_item (id, slug, kind, title, summary, body, url, transcript,
						  partner_code, item_date, language, action_fields, skills, target_groups, status, author_name,
						  submitted_at, reviewed_at, published_at, created_at, updated_at, demo)
						VALUES (:id, :slug, :kind, :title, :summary, :body, :url, :transcript, :partner, :date, :language,
						  string_to_array(:fields, chr(31)), string_to_array(:skills, chr(31)),
						  string_to_array(:groups, chr(31)), 'PUBLISHED', '', :at, :at, :at, :at, :at, TRUE)
						ON CONFLICT (slug) DO NOTHING""")
					.param("id", id)
					.param("slug", slug)
					.param("kind", demo.kind().name())
					.param("title", demo.title())
					.param("summary", demo.summary())
					.param("body", demo.kind() == ContentKind.ARTICLE ? demo.text() : "")
					.param("url", demo.url())
					.param("transcript", demo.kind() == ContentKind.VIDEO ? demo.text() : "")
					.param("partner", partners.get(demo.partner() % partners.size()).code())
					.param("date", Date.valueOf(today.minusMonths(demo.monthsAgo())))
					.param("language", demo.language())
					.param("fields", LibraryService.joined(codes))
					.param("skills", LibraryService.joined(skills))
					.param("groups", LibraryService.joined(demo.groups()))
					.param("at", at)
					.update();
				if (inserted > 0 && demo.kind() == ContentKind.STUDY) {
					byte[] pdf = pdf(demo);
					jdbc.sql("""
							INSERT INTO learning.library_file (item_id, file_name, content_type, size_bytes, content,
							  uploaded_at) VALUES (?, ?, 'application/pdf', ?, ?, ?)""")
						.params(id, slug + ".pdf", pdf.length, pdf, at)
						.update();
				}
			}
		});
		log.info("Created {} demo library items", ITEMS.size());
	}

	/** A one-page tagged PDF with the study's title and summary, marked as a made-up demo document. */
	static byte[] pdf(Demo demo) {
		String xhtml = """
				<!DOCTYPE html>
				<html lang="de"><head><meta charset="utf-8" /><title>%1$s</title>
				<style>body { font-family: '%3$s'; font-size: 11pt; } h1 { font-size: 18pt; }</style></head>
				<body><h1>%1$s</h1><p>%2$s</p><p>Fiktives Dokument der Demo-Daten der ITAS-Plattform.</p></body></html>"""
			.formatted(xml(demo.title()), xml(demo.summary()), TaggedPdf.FONT_FAMILY);
		return TaggedPdf.render(xhtml, "the demo study " + demo.title());
	}

	/** Text for XHTML: the XML parser of the PDF renderer knows no HTML entities such as auml. */
	static String xml(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	private static Demo study(String title, String summary, int field, int partner, int monthsAgo,
			List<String> skills, List<String> groups) {
		return new Demo(ContentKind.STUDY, title, summary, "", "", field, partner, monthsAgo, "de", skills, groups);
	}

	private static Demo article(String title, String summary, String body, int field, int partner, int monthsAgo,
			List<String> skills, List<String> groups) {
		boolean english = title.startsWith("Data protection");
		return new Demo(ContentKind.ARTICLE, title, summary, body, "", field, partner, monthsAgo, english ? "en" : "de",
				skills, groups);
	}

	private static Demo video(String title, String summary, String transcript, int field, int partner,
			int monthsAgo, List<String> skills, List<String> groups) {
		return new Demo(ContentKind.VIDEO, title, summary, transcript,
				"https://video.example.org/itas-demo/" + LibrarySlugs.of(title), field, partner, monthsAgo, "de", skills,
				groups);
	}

	private static Demo link(String title, String summary, String url, int field, int partner, int monthsAgo,
			List<String> skills, List<String> groups) {
		return new Demo(ContentKind.LINK, title, summary, "", url, field, partner, monthsAgo,
				title.contains("English") ? "en" : "de", skills, groups);
	}

}
