package de.itas.platform.surveys;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import de.itas.platform.region.Region;
import de.itas.platform.shared.security.PlatformUser;

/**
 * Demo surveys, self-written and region-neutral (the districts come from the region): the region's survey on
 * the charter („Wie soll die Region 2035 aussehen?“, twelve questions of every kind, ended, with 300
 * generated anonymous answers across the districts and published results), a short open survey to try
 * answering, and the template for event feedback that other modules copy. Runs once, when no survey exists.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo.enabled")
class SurveysDemoData {

	private static final Logger log = LoggerFactory.getLogger(SurveysDemoData.class);

	static final String CHARTER_SURVEY = "region-2035";

	static final String FEEDBACK_TEMPLATE = "event-feedback";

	static final int CHARTER_ANSWERS = 300;

	private static final String OWNER = "koordination@demo.itas.local";

	private final JdbcClient jdbc;
	private final SurveyWriter writer;
	private final SurveyStore store;
	private final Region region;
	private final UserDetailsService users;
	private final TransactionTemplate transactions;
	private final Clock clock;

	SurveysDemoData(JdbcClient jdbc, SurveyWriter writer, SurveyStore store, Region region, UserDetailsService users,
			TransactionTemplate transactions, Clock clock) {
		this.jdbc = jdbc;
		this.writer = writer;
		this.store = store;
		this.region = region;
		this.users = users;
		this.transactions = transactions;
		this.clock = clock;
	}

	@EventListener(ApplicationStartedEvent.class)
	@Order(40)
	void load() {
		if (jdbc.sql("SELECT count(*) FROM surveys.survey").query(Long.class).single() > 0) {
			return;
		}
		UUID owner = ((PlatformUser) users.loadUserByUsername(OWNER)).id();
		transactions.executeWithoutResult(status -> {
			UUID charter = writer.insert(charterSurvey(owner));
			answer(store.find(charter).orElseThrow(), new Random(2035));
			writer.insert(openSurvey(owner));
			writer.insert(feedbackTemplate(owner));
		});
		log.info("Demo surveys loaded: {} answers to {}", CHARTER_ANSWERS, CHARTER_SURVEY);
	}

	static SurveyDefinition charterSurvey(UUID owner) {
		return SurveyBuilder.survey(CHARTER_SURVEY, "Wie soll die Region 2035 aussehen?")
			.intro("Die Charta des Netzwerks beschreibt, wohin sich die Region im Wandel der Fahrzeugindustrie entwickeln "
					+ "soll. Mit dieser Umfrage fragen wir Beschäftigte, Unternehmen und alle Interessierten nach ihrer Sicht. "
					+ "Die Antwort dauert etwa zehn Minuten.")
			.audience(SurveyAudience.PUBLIC, null)
			.anonymous(true)
			.period(berlin(LocalDateTime.of(2025, 3, 3, 8, 0)), berlin(LocalDateTime.of(2025, 4, 30, 23, 59)))
			.publishResults(true)
			.subject(new SurveySubject("governance", "charter-version", "2.0"))
			.owner(owner, null)
			.section("Über Sie", "Damit wir die Antworten nach Landkreisen und Gruppen auswerten können.")
			.question("F1", QuestionKind.DISTRICT, "In welchem Landkreis bzw. in welcher Stadt arbeiten Sie?").dontKnow().and()
			.question("F2", QuestionKind.SINGLE, "Wie sind Sie mit der Fahrzeug- und Zulieferindustrie verbunden?")
			.options("beschaeftigt=Ich arbeite in einem Unternehmen der Branche",
					"unternehmen=Ich leite ein Unternehmen oder bin Führungskraft",
					"bildung=Über Bildung, Beratung oder Verwaltung", "buerger=Als Bürgerin oder Bürger der Region")
			.and()
			.question("F3", QuestionKind.NUMBER, "Seit wie vielen Jahren arbeiten Sie in der Branche?")
			.optional()
			.limits(BigDecimal.ZERO, BigDecimal.valueOf(50))
			.when("F2", "beschaeftigt", "unternehmen")
			.and()
			.section("Die Region 2035", "Ihre Sicht auf die Zukunft der Region.")
			.question("F4", QuestionKind.SCALE,
					"Wie zuversichtlich sind Sie, dass die Region den Wandel zur Elektromobilität gut bewältigt?")
			.scale(1, 5, "gar nicht zuversichtlich", "sehr zuversichtlich")
			.dontKnow()
			.and()
			.question("F5", QuestionKind.MULTIPLE, "Was soll die Region 2035 auszeichnen?")
			.options("emob=Fahrzeugbau für die Elektromobilität", "batterie=Batterie- und Recyclingtechnik",
					"kreislauf=Kreislaufwirtschaft im Fahrzeugbau", "wasserstoff=Wasserstoff und Brennstoffzellen",
					"digital=Digitale Produktion und Software", "fachkraefte=Gut qualifizierte Fachkräfte",
					"leben=Lebensqualität und gute Arbeit")
			.choices(1, 3)
			.and()
			.question("F6", QuestionKind.MATRIX, "Wie wichtig sind Ihnen diese Themen der Charta?")
			.rows("qualifizierung=Qualifizierung und Weiterbildung", "innovation=Innovation und neue Produkte",
					"kooperation=Zusammenarbeit der Unternehmen", "beschaeftigung=Sichere Beschäftigung",
					"nachhaltigkeit=Nachhaltigkeit und Kreislaufwirtschaft")
			.scale(1, 5, "unwichtig", "sehr wichtig")
			.and()
			.question("F7", QuestionKind.RANKING, "Bringen Sie diese Ziele in Ihre Reihenfolge.")
			.options("arbeit=Arbeitsplätze in der Region halten", "neue=Neue Geschäftsfelder erschließen",
					"klima=Klimaneutral produzieren", "fachkraefte=Fachkräfte gewinnen")
			.and()
			.section("Arbeit und Weiterbildung", "")
			.question("F8", QuestionKind.SINGLE, "Haben Sie in den letzten zwei Jahren an einer Weiterbildung teilgenommen?")
			.options("ja=Ja", "nein=Nein")
			.dontKnow()
			.and()
			.question("F9", QuestionKind.MULTIPLE, "Was hat Sie davon abgehalten?")
			.options("zeit=Keine Zeit neben der Arbeit", "kosten=Die Kosten", "angebot=Kein passendes Angebot in der Nähe",
					"information=Ich wusste nicht, was es gibt", "bedarf=Ich sehe keinen Bedarf")
			.when("F8", "nein")
			.and()
			.question("F10", QuestionKind.DATE, "Wann möchten Sie Ihre nächste Weiterbildung beginnen?").optional().and()
			.section("Ihre Ideen", "")
			.question("F11", QuestionKind.SCALE, "Wie gut fühlen Sie sich über die Arbeit des Netzwerks informiert?")
			.scale(1, 5, "gar nicht", "sehr gut")
			.and()
			.question("F12", QuestionKind.TEXT, "Was sollte die Charta unbedingt enthalten?")
			.optional()
			.text(true, 1000)
			.and()
			.build();
	}

	private SurveyDefinition openSurvey(UUID owner) {
		LocalDate today = LocalDate.now(clock.withZone(SurveyAnswering.ZONE));
		return SurveyBuilder.survey("weiterbildung-im-betrieb", "Kurzumfrage: Weiterbildung im Betrieb")
			.intro("Drei Fragen dazu, wie Ihr Betrieb Weiterbildung für den Wandel plant. Anonym, etwa zwei Minuten.")
			.audience(SurveyAudience.PUBLIC, null)
			.anonymous(true)
			.period(berlin(today.minusDays(7).atTime(8, 0)), berlin(today.plusDays(60).atTime(23, 59)))
			.publishResults(true)
			.owner(owner, null)
			.section("Weiterbildung im Betrieb", "")
			.question("F1", QuestionKind.SINGLE, "Plant Ihr Betrieb Weiterbildungen für neue Technologien?")
			.options("ja=Ja, schon konkret", "bald=Ja, in den nächsten zwei Jahren", "nein=Nein")
			.dontKnow()
			.and()
			.question("F2", QuestionKind.MULTIPLE, "Zu welchen Themen?")
			.options("hv=Hochvolttechnik", "batterie=Batterietechnik", "digital=Digitalisierung und Software",
					"kreislauf=Kreislaufwirtschaft")
			.when("F1", "ja", "bald")
			.and()
			.question("F3", QuestionKind.TEXT, "Was würde Ihrem Betrieb dabei am meisten helfen?")
			.optional()
			.text(false, 300)
			.and()
			.build();
	}

	static SurveyDefinition feedbackTemplate(UUID owner) {
		return SurveyBuilder.survey("vorlage-feedback-veranstaltung", "Feedback zur Veranstaltung")
			.intro("Wie war die Veranstaltung? Ihre Rückmeldung hilft uns, die nächste besser zu machen. Anonym, "
					+ "etwa zwei Minuten.")
			.audience(SurveyAudience.INVITED, null)
			.anonymous(true)
			.template(FEEDBACK_TEMPLATE)
			.owner(owner, null)
			.section("Ihre Rückmeldung", "")
			.question("F1", QuestionKind.SCALE, "Wie zufrieden waren Sie insgesamt?")
			.scale(1, 5, "gar nicht zufrieden", "sehr zufrieden")
			.and()
			.question("F2", QuestionKind.MATRIX, "Wie bewerten Sie …")
			.rows("inhalt=die Inhalte", "referierende=die Referierenden", "organisation=die Organisation",
					"austausch=den Austausch mit anderen")
			.scale(1, 5, "schlecht", "sehr gut")
			.dontKnow()
			.and()
			.question("F3", QuestionKind.SINGLE, "Würden Sie die Veranstaltung weiterempfehlen?")
			.options("ja=Ja", "vielleicht=Vielleicht", "nein=Nein")
			.and()
			.question("F4", QuestionKind.TEXT, "Was sollten wir beim nächsten Mal besser machen?")
			.optional()
			.text(true, 1000)
			.and()
			.build();
	}

	private static final List<String> IDEAS = List.of(
			"Verbindliche Zusagen für Weiterbildung in der Arbeitszeit.",
			"Mehr Angebote für Beschäftigte über 50, die noch lange arbeiten wollen.",
			"Eine Anlaufstelle in jedem Landkreis, nicht nur in den Städten.",
			"Die Zusammenarbeit kleiner Zulieferer, damit sie gemeinsam neue Aufträge gewinnen.",
			"Bessere Busverbindungen zu den Werken und Bildungsstätten.",
			"Klare Ziele, an denen man in ein paar Jahren sieht, ob es geklappt hat.",
			"Die Betriebsräte von Anfang an beteiligen.",
			"Recycling von Batterien hier in der Region aufbauen.",
			"Schulen und Ausbildungsbetriebe enger mit den Unternehmen verbinden.",
			"Fördermittel einfacher beantragen können.");

	/** Inserts generated anonymous answers: no account, no time, as a real anonymous submission stores them. */
	private void answer(SurveyDefinition survey, Random random) {
		List<Choice> districts = survey.question("F1").orElseThrow().options();
		for (int n = 0; n < CHARTER_ANSWERS; n++) {
			UUID response = UUID.randomUUID();
			jdbc.sql("INSERT INTO surveys.response (id, survey_id) VALUES (?, ?)").params(response, survey.id()).update();
			int district = districts.isEmpty() ? -1 : Math.min(districts.size() - 1, (int) (Math.abs(random.nextGaussian()) * districts.size() / 2.2));
			if (district < 0 || random.nextInt(50) == 0) {
				put(response, survey, "F1", AnswerValue.dontKnowIt());
			}
			else {
				put(response, survey, "F1", AnswerValue.choice(districts.get(district).code()));
			}
			String role = pick(random, new String[] { "beschaeftigt", "unternehmen", "bildung", "buerger" },
					new int[] { 55, 15, 12, 18 });
			put(response, survey, "F2", AnswerValue.choice(role));
			if ((role.equals("beschaeftigt") || role.equals("unternehmen")) && random.nextInt(5) > 0) {
				put(response, survey, "F3", AnswerValue.number(null, BigDecimal.valueOf(1 + random.nextInt(38))));
			}
			if (random.nextInt(20) == 0) {
				put(response, survey, "F4", AnswerValue.dontKnowIt());
			}
			else {
				put(response, survey, "F4", AnswerValue.number(null, BigDecimal.valueOf(scale(random, 3.1 - 0.15 * Math.max(district, 0)))));
			}
			List<String> hopes = new ArrayList<>(List.of("emob", "batterie", "kreislauf", "wasserstoff", "digital",
					"fachkraefte", "leben"));
			Collections.shuffle(hopes, random);
			java.util.Map<String, Integer> weights = new java.util.HashMap<>();
			hopes.forEach(hope -> weights.put(hope, weight(hope, random)));
			hopes.sort((a, b) -> Integer.compare(weights.get(b), weights.get(a)));
			for (String hope : hopes.subList(0, 1 + random.nextInt(3))) {
				put(response, survey, "F5", AnswerValue.choice(hope));
			}
			for (String row : List.of("qualifizierung", "innovation", "kooperation", "beschaeftigung", "nachhaltigkeit")) {
				double mean = row.equals("beschaeftigung") ? 4.4 : row.equals("qualifizierung") ? 4.0 : 3.4;
				put(response, survey, "F6", AnswerValue.number(row, BigDecimal.valueOf(scale(random, mean))));
			}
			List<String> goals = new ArrayList<>(List.of("arbeit", "neue", "klima", "fachkraefte"));
			Collections.shuffle(goals, random);
			if (random.nextInt(3) > 0) {
				goals.remove("arbeit");
				goals.add(0, "arbeit");
			}
			for (int rank = 0; rank < goals.size(); rank++) {
				put(response, survey, "F7", AnswerValue.number(goals.get(rank), BigDecimal.valueOf(rank + 1)));
			}
			String trained = pick(random, new String[] { "ja", "nein", "_dk" }, new int[] { 55, 40, 5 });
			put(response, survey, "F8", trained.equals("_dk") ? AnswerValue.dontKnowIt() : AnswerValue.choice(trained));
			if (trained.equals("nein")) {
				List<String> reasons = new ArrayList<>(List.of("zeit", "kosten", "angebot", "information", "bedarf"));
				Collections.shuffle(reasons, random);
				for (String reason : reasons.subList(0, 1 + random.nextInt(2))) {
					put(response, survey, "F9", AnswerValue.choice(reason));
				}
			}
			if (random.nextBoolean()) {
				put(response, survey, "F10", AnswerValue.date(LocalDate.of(2025, 5, 1).plusDays(random.nextInt(540))));
			}
			put(response, survey, "F11", AnswerValue.number(null, BigDecimal.valueOf(scale(random, 2.6))));
			if (random.nextInt(7) == 0) {
				put(response, survey, "F12", AnswerValue.text(IDEAS.get(random.nextInt(IDEAS.size()))));
			}
		}
	}

	private void put(UUID response, SurveyDefinition survey, String code, AnswerValue value) {
		UUID question = survey.question(code).orElseThrow().id();
		jdbc.sql("INSERT INTO surveys.answer (response_id, question_id, item, choice, number, text, date, dont_know) "
				+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
			.params(response, question, value.item(), value.choice(), value.number(), value.text(),
					value.date() == null ? null : Date.valueOf(value.date()), value.dontKnow())
			.update();
	}

	private static int scale(Random random, double mean) {
		return (int) Math.max(1, Math.min(5, Math.round(mean + random.nextGaussian())));
	}

	private static int weight(String hope, Random random) {
		int base = switch (hope) {
			case "fachkraefte", "emob" -> 6;
			case "batterie", "leben" -> 4;
			default -> 2;
		};
		return base + random.nextInt(5);
	}

	private static String pick(Random random, String[] values, int[] weights) {
		int total = java.util.Arrays.stream(weights).sum();
		int at = random.nextInt(total);
		for (int i = 0; i < values.length; i++) {
			at -= weights[i];
			if (at < 0) {
				return values[i];
			}
		}
		return values[values.length - 1];
	}

	private static java.time.Instant berlin(LocalDateTime time) {
		return time.atZone(SurveyAnswering.ZONE).toInstant();
	}

}
