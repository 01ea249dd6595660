package de.itas.platform.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import de.itas.platform.region.DistrictSummary;
import de.itas.platform.region.Region;
import de.itas.platform.shared.disclosure.SmallNumbers;

/**
 * Region-wide figures of the checks (each company's latest completed check) by district: how many companies,
 * and the median score per dimension and overall. A district with fewer than {@link SmallNumbers#MIN_COUNT}
 * companies shows no figures. Medians cannot be recomputed from other medians; no region total is given, so
 * that a suppressed district's company count cannot be recovered by subtraction.
 */
@Service
@Transactional(readOnly = true)
public class CheckFigures {

	/**
	 * @param companies companies with a completed check ({@code null} when suppressed)
	 * @param medians median score per dimension key (empty when suppressed)
	 */
	public record DistrictFigures(String code, String name, @Nullable Integer companies, boolean suppressed,
			Map<String, Integer> medians, @Nullable Integer overallMedian) {
	}

	private final CheckRepository checks;
	private final Questionnaires questionnaires;
	private final Region region;

	CheckFigures(CheckRepository checks, Questionnaires questionnaires, Region region) {
		this.checks = checks;
		this.questionnaires = questionnaires;
		this.region = region;
	}

	public List<DistrictFigures> byDistrict() {
		List<CompanyCheck> latest = checks.latestCompleted();
		Questionnaire questionnaire = questionnaires.current();
		List<DistrictFigures> result = new ArrayList<>();
		for (DistrictSummary district : region.districts()) {
			List<CompanyCheck> members = latest.stream().filter(check -> district.code().equals(check.districtCode())).toList();
			result.add(figures(district.code(), district.name(), members, questionnaire));
		}
		return result;
	}

	static DistrictFigures figures(String code, String name, List<CompanyCheck> members, Questionnaire questionnaire) {
		int companies = members.size();
		if (companies > 0 && companies < SmallNumbers.MIN_COUNT) {
			return new DistrictFigures(code, name, null, true, Map.of(), null);
		}
		Map<String, Integer> medians = new LinkedHashMap<>();
		for (Questionnaire.Dimension dimension : questionnaire.dimensions()) {
			List<Integer> values = members.stream()
				.map(member -> Objects.requireNonNull(member.scores()).score(dimension.key()))
				.filter(Objects::nonNull)
				.toList();
			Statistics.quartiles(values, SmallNumbers.MIN_COUNT).ifPresent(q -> medians.put(dimension.key(), q.median()));
		}
		Integer overall = Statistics.quartiles(members.stream()
			.map(member -> Objects.requireNonNull(member.scores()).overall())
			.filter(Objects::nonNull)
			.toList(), SmallNumbers.MIN_COUNT).map(Comparison.Quartiles::median).orElse(null);
		return new DistrictFigures(code, name, companies, false, medians, overall);
	}

}
