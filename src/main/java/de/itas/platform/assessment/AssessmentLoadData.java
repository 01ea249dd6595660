package de.itas.platform.assessment;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import de.itas.platform.directory.SizeClass;
import de.itas.platform.directory.ValueChainPosition;
import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.cache.ChangeCounters;
import de.itas.platform.shared.loaddata.GeneratedIds;
import de.itas.platform.shared.loaddata.LoadDataGenerator;
import de.itas.platform.shared.loaddata.LoadDataRun;
import de.itas.platform.shared.region.RegionFolder;

/**
 * Load data of the assessment module: completed Transformationschecks of the generated companies (two or
 * three per company at national scale, spread over two years), qualification needs (two per company, from the
 * region's demo need templates) and the advisors' consent for every fourth company. Answers and scores are
 * computed by the real scoring for 64 answer sets (levels from weak to strong) and then copied set-based, so
 * that every stored result is one the platform could have computed.
 */
@Component
class AssessmentLoadData implements LoadDataGenerator {

	static final long CHECKS = 50_000;
	static final long NEEDS = 40_000;
	private static final int VARIANTS = 64;

	/** The directory generator's employee counts and value-chain positions, by company number mod 7. */
	private static final int[] EMPLOYEES = { 8, 25, 60, 140, 320, 900, 2500 };
	private static final String[] POSITIONS = { "OEM", "TIER_1", "TIER_2", "TIER_3", "EQUIPMENT", "SERVICE", "OTHER" };

	private final JdbcTemplate jdbc;
	private final Questionnaires questionnaires;
	private final Region region;
	private final RegionFolder folder;
	private final ChangeCounters counters;

	AssessmentLoadData(JdbcTemplate jdbc, Questionnaires questionnaires, Region region, RegionFolder folder,
			ChangeCounters counters) {
		this.counters = counters;
		this.jdbc = jdbc;
		this.questionnaires = questionnaires;
		this.region = region;
		this.folder = folder;
	}

	@Override
	public String module() {
		return "assessment";
	}

	@Override
	public int order() {
		return 500;
	}

	@Override
	public void generate(LoadDataRun run) {
		GeneratedIds companies = run.ids("company").orElse(null);
		if (companies == null) {
			return;
		}
		String[] districts = region.districts().stream().map(DistrictSummary::code).toArray(String[]::new);
		String[] sizeClasses = java.util.Arrays.stream(EMPLOYEES).mapToObj(e -> SizeClass.of(e).name())
			.toArray(String[]::new);
		Questionnaire questionnaire = questionnaires.current();
		long checks = run.size("checks", CHECKS);
		run.measure(module(), "checks", () -> {
			jdbc.execute("CREATE TEMP TABLE load_check (n INT, answers TEXT, scores TEXT) ON COMMIT DROP");
			Random random = new Random(20261207);
			for (int v = 0; v < VARIANTS; v++) {
				AssessmentDemoData.DemoCompany company = new AssessmentDemoData.DemoCompany("Lastdaten " + v,
						districts[v % districts.length], EMPLOYEES[v % EMPLOYEES.length],
						ValueChainPosition.valueOf(POSITIONS[v % POSITIONS.length]), (v * 37) % 101, null);
				Map<String, String> answers = AssessmentDemoData.answers(questionnaire, company, random,
						0.15 + 0.7 * v / (VARIANTS - 1));
				jdbc.update("INSERT INTO load_check VALUES (?, ?, ?)", v, CheckRepository.json(answers),
						CheckRepository.json(Scoring.score(questionnaire, answers)));
			}
			return jdbc.update("""
					INSERT INTO assessment.company_check (id, organisation_id, questionnaire_version, status, answers,
					  current_step, started_at, changed_at, completed_at, district_code, size_class,
					  value_chain_position, scores)
					SELECT %s, %s, ?, 'COMPLETED', v.answers, ?,
					  now() - (g %% 730 + 3) * interval '1 day', now() - (g %% 730) * interval '1 day',
					  now() - (g %% 730) * interval '1 day',
					  (CAST(? AS text[]))[1 + (g %% ?) %% cardinality(CAST(? AS text[]))],
					  (CAST(? AS text[]))[1 + (g %% ?) %% 7], (CAST(? AS text[]))[1 + (g %% ?) %% 7], v.scores
					FROM generate_series(0, ? - 1) g JOIN load_check v ON v.n = (g * 31 + g / ?) %% %d
					""".formatted(run.newIds("check", checks).sql("g"), companies.sql("g % " + companies.count()),
					VARIANTS), questionnaire.version(), questionnaire.dimensions().size(), districts, companies.count(),
					districts, sizeClasses, companies.count(), POSITIONS, companies.count(), checks, companies.count());
		});
		List<DemoNeeds.Template> templates = AssessmentDemoData
			.read(folder.path("demo/assessment-needs.json"), DemoNeeds.class)
			.needs();
		long needs = run.size("needs", NEEDS);
		GeneratedIds needIds = run.newIds("need", needs);
		run.measure(module(), "qualification needs", () -> {
			jdbc.execute("CREATE TEMP TABLE load_need (n INT, uri TEXT, label TEXT, grp TEXT, grp_label TEXT, "
					+ "employees INT, horizon TEXT, urgency TEXT, formats TEXT) ON COMMIT DROP");
			jdbc.execute("CREATE TEMP TABLE load_need_skill (n INT, uri TEXT, label TEXT) ON COMMIT DROP");
			for (int t = 0; t < templates.size(); t++) {
				DemoNeeds.Template template = templates.get(t);
				jdbc.update("INSERT INTO load_need VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", t, template.occupation().uri(),
						template.occupation().label(), template.occupation().group(), template.occupation().groupLabel(),
						(template.minEmployees() + template.maxEmployees()) / 2, template.horizon().name(),
						template.urgency().name(),
						template.formats().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
				for (NeedDetails.Skill skill : template.skills()) {
					jdbc.update("INSERT INTO load_need_skill VALUES (?, ?, ?) ", t, skill.uri(), skill.label());
				}
			}
			return jdbc.update("""
					INSERT INTO assessment.qualification_need (id, organisation_id, district_code, occupation_uri,
					  occupation_label, occupation_group, occupation_group_label, employees_affected, horizon, urgency,
					  formats, comment, status, recorded_at)
					SELECT %s, %s, (CAST(? AS text[]))[1 + (g %% ?) %% cardinality(CAST(? AS text[]))],
					  t.uri, t.label, t.grp, t.grp_label, greatest(1, t.employees), t.horizon, t.urgency, t.formats, NULL,
					  CASE WHEN g %% 5 = 0 THEN 'CLOSED' ELSE 'OPEN' END, now() - (g %% 365) * interval '1 day'
					FROM generate_series(0, ? - 1) g JOIN load_need t ON t.n = (g %% ? + g / ?) %% %d
					""".formatted(needIds.sql("g"), companies.sql("g % " + companies.count()), templates.size()), districts,
					companies.count(), districts, needs, companies.count(), companies.count());
		});
		run.measure(module(), "need skills", () -> jdbc.update("""
				INSERT INTO assessment.qualification_need_skill (need_id, skill_uri, skill_label)
				SELECT %s, s.uri, s.label FROM generate_series(0, ? - 1) g
				JOIN load_need_skill s ON s.n = (g %% ? + g / ?) %% %d
				ON CONFLICT DO NOTHING""".formatted(needIds.sql("g"), templates.size()), needs, companies.count(),
				companies.count()));
		run.measure(module(), "advisor consents", () -> jdbc.update("""
				INSERT INTO assessment.advisor_consent (organisation_id, granted_at)
				SELECT %s, now() FROM generate_series(0, ? - 1, 4) g ON CONFLICT DO NOTHING"""
			.formatted(companies.sql("g")), companies.count()));
		jdbc.execute("ANALYZE assessment.company_check");
		jdbc.execute("ANALYZE assessment.qualification_need");
		jdbc.execute("ANALYZE assessment.qualification_need_skill");
		// a running instance's needs map counts again
		counters.changed(NeedsMap.COUNTER);
	}

}
