package de.itas.platform.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import de.itas.platform.accounts.OrganisationKind;
import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.accounts.Organisations;
import de.itas.platform.assessment.Questionnaire.Question;
import de.itas.platform.directory.SizeClass;
import de.itas.platform.directory.ValueChainPosition;
import de.itas.platform.shared.region.RegionFolder;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Completed demo checks (a third of the companies, and the demo user's company, repeated) and demo
 * qualification needs for the region's fictional demo companies, so that the comparison and the needs map
 * show figures on first start. The companies are the directory's demo companies
 * ({@code region/<name>/demo/companies.json}), found or created by name like the directory does; their
 * district, size and value-chain position are read from that file. A company that has any check already is
 * left alone, so the data is created once.
 */
@Component
@ConditionalOnBooleanProperty("platform.demo.enabled")
class AssessmentDemoData {

	private static final Logger log = LoggerFactory.getLogger(AssessmentDemoData.class);

	/**
	 * A demo company as this module reads it.
	 *
	 * @param showcase the demo user's company: three checks over time that improve, and advisors let in
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record DemoCompany(String name, String districtCode, int employees, ValueChainPosition position,
			int combustionShare, @Nullable Boolean showcase) {

		boolean isShowcase() {
			return Boolean.TRUE.equals(showcase);
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record DemoFile(List<DemoCompany> companies) {
	}

	private final Organisations organisations;
	private final Questionnaires questionnaires;
	private final CheckRepository checks;
	private final NeedRepository needs;
	private final Clock clock;
	private final RegionFolder region;
	private final JdbcClient jdbc;

	AssessmentDemoData(Organisations organisations, Questionnaires questionnaires, CheckRepository checks,
			NeedRepository needs, Clock clock, RegionFolder region, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.organisations = organisations;
		this.questionnaires = questionnaires;
		this.checks = checks;
		this.needs = needs;
		this.clock = clock;
		this.region = region;
	}

	/** Creates what is missing (call inside a transaction). */
	void load() {
		List<DemoCompany> companies = read(region.path("demo/companies.json"), DemoFile.class).companies();
		DemoNeeds demoNeeds = read(region.path("demo/assessment-needs.json"), DemoNeeds.class);
		Questionnaire questionnaire = questionnaires.current();
		Instant now = clock.instant();
		int created = 0;
		for (int index = 0; index < companies.size(); index++) {
			DemoCompany company = companies.get(index);
			OrganisationSummary organisation = organisations.ensure(company.name(), OrganisationKind.COMPANY,
					company.districtCode(), null);
			if (checks.anyFor(organisation.id())) {
				continue;
			}
			Random random = new Random(company.name().hashCode());
			// the demo user's company starts weak and improves, so its result shows all three lights over time
			double level = company.isShowcase() ? 0.2 : 0.25 + random.nextDouble() * 0.55;
			List<Integer> daysAgo = company.isShowcase() ? List.of(540, 270, 20)
					: index % 3 == 0 ? List.of(300, 40) : List.of(60 + random.nextInt(200));
			for (int run = 0; run < daysAgo.size(); run++) {
				Map<String, String> answers = answers(questionnaire, company, random,
						level + run * (company.isShowcase() ? 0.18 : 0.12));
				Instant completed = now.minus(Duration.ofDays(daysAgo.get(run)));
				checks.insertCompleted(new CompanyCheck(UUID.randomUUID(), organisation.id(), questionnaire.version(),
						CheckStatus.COMPLETED, answers, questionnaire.dimensions().size(), null,
						completed.minus(Duration.ofDays(3)), completed, completed, company.districtCode(),
						SizeClass.of(company.employees()).name(), company.position().name(),
						Scoring.score(questionnaire, answers)));
				created++;
			}
			needs.insertDemo(organisation.id(), company.districtCode(), demoNeeds.needsFor(index, random),
					now.minus(Duration.ofDays(10 + random.nextInt(100))));
			if (company.isShowcase()) {
				// the demo company lets advisors in, so that the demo advisor sees a company to work with
				jdbc.sql("INSERT INTO assessment.advisor_consent (organisation_id, granted_by, granted_at) VALUES (?, NULL, ?) "
						+ "ON CONFLICT DO NOTHING")
					.params(organisation.id(), java.sql.Timestamp.from(now))
					.update();
			}
		}
		if (created > 0) {
			log.info("Created {} demo Transformationschecks and the demo qualification needs", created);
		}
	}

	/** Answers that scatter around the company's level; about one in twelve is "weiß nicht". */
	static Map<String, String> answers(Questionnaire questionnaire, DemoCompany company, Random random, double level) {
		Map<String, String> answers = new LinkedHashMap<>();
		questionnaire.questions().forEach(question -> answers.put(question.key(), answer(questionnaire, question, company,
				random, level)));
		return answers;
	}

	private static String answer(Questionnaire questionnaire, Question question, DemoCompany company, Random random,
			double level) {
		List<Questionnaire.ScaleOption> options = questionnaire.scale(question);
		if ("combustion".equals(question.scale())) {
			int share = company.combustionShare();
			int index = share > 75 ? 0 : share > 50 ? 1 : share > 25 ? 2 : share > 10 ? 3 : 4;
			return options.get(Math.min(index, options.size() - 1)).key();
		}
		if (random.nextInt(12) == 0) {
			return Questionnaire.UNKNOWN;
		}
		double position = Math.max(0, Math.min(0.999, level + (random.nextDouble() - 0.5) * 0.6));
		return options.get((int) (position * options.size())).key();
	}

	static <T> T read(String path, Class<T> type) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return JsonMapper.builder()
				.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build()
				.readValue(in, type);
		}
		catch (IOException | RuntimeException ex) {
			throw new IllegalStateException("Cannot read demo data " + path + ": " + ex.getMessage(), ex);
		}
	}

}
