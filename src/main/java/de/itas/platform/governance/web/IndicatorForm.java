package de.itas.platform.governance.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import de.itas.platform.governance.Direction;
import de.itas.platform.governance.IndicatorCounted;
import de.itas.platform.governance.IndicatorDraft;
import de.itas.platform.governance.IndicatorSource;
import de.itas.platform.governance.IndicatorView;
import de.itas.platform.governance.PeriodKind;
import de.itas.platform.shared.web.FieldProblem;

/**
 * An indicator of the register as its form sends it: numbers as typed (comma or point as decimal mark), the
 * targets one line per year ({@code 2025: 120}).
 */
class IndicatorForm {

	private static final Pattern TARGET = Pattern.compile("(\\d{4})\\s*[:=]?\\s*(\\S.*)");

	private String key = "";
	private String title = "";
	private String definition = "";
	private String unit = "";
	private String decimals = "0";
	private String minValue = "0";
	private String maxValue = "";
	private String direction = "HIGHER";
	private String counted = "";
	private String baselineValue = "";
	private String baselineYear = "";
	private String responsiblePartnerCode = "";
	private String actionFieldCode = "";
	private String source = "ENTERED";
	private String figureKey = "";
	private String periodKind = "YEAR";
	private String firstYear = "";
	private String lastYear = "";
	private boolean publicIndicator = true;
	private String position = "0";
	private String targets = "";
	private long version;

	static IndicatorForm of(IndicatorView indicator) {
		IndicatorForm form = new IndicatorForm();
		form.key = indicator.key();
		form.title = indicator.title();
		form.definition = indicator.definition();
		form.unit = indicator.unit();
		form.decimals = Integer.toString(indicator.decimals());
		form.minValue = text(indicator.minValue());
		form.maxValue = text(indicator.maxValue());
		form.direction = indicator.direction().name();
		form.counted = indicator.counted().name();
		form.baselineValue = text(indicator.baselineValue());
		form.baselineYear = indicator.baselineYear() == null ? "" : indicator.baselineYear().toString();
		form.responsiblePartnerCode = indicator.responsiblePartnerCode();
		form.actionFieldCode = indicator.actionFieldCode();
		form.source = indicator.source().name();
		form.figureKey = indicator.figureKey() == null ? "" : indicator.figureKey();
		form.periodKind = indicator.periodKind().name();
		form.firstYear = Integer.toString(indicator.firstYear());
		form.lastYear = Integer.toString(indicator.lastYear());
		form.publicIndicator = indicator.isPublic();
		form.position = Integer.toString(indicator.position());
		StringBuilder lines = new StringBuilder();
		indicator.targets().forEach((year, value) -> lines.append(year).append(": ").append(text(value)).append('\n'));
		form.targets = lines.toString().strip();
		form.version = indicator.version();
		return form;
	}

	/**
	 * The draft; what the form cannot read is left out of it and added to {@code problems}.
	 */
	IndicatorDraft toDraft(List<FieldProblem> problems) {
		Integer decimalsValue = integer(problems, "decimals", decimals, true);
		BigDecimal min = decimal(problems, "minValue", minValue);
		BigDecimal max = decimal(problems, "maxValue", maxValue);
		BigDecimal baseline = decimal(problems, "baselineValue", baselineValue);
		Integer baselineYearValue = integer(problems, "baselineYear", baselineYear, false);
		Integer first = integer(problems, "firstYear", firstYear, true);
		Integer last = integer(problems, "lastYear", lastYear, true);
		Integer positionValue = integer(problems, "position", position, false);
		SortedMap<Integer, BigDecimal> targetValues = new TreeMap<>();
		for (String line : targets.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			Matcher matcher = TARGET.matcher(line.strip());
			BigDecimal value = matcher.matches() ? number(matcher.group(2)) : null;
			if (value == null || targetValues.put(Integer.parseInt(matcher.group(1)), value) != null) {
				problems.add(FieldProblem.of("targets", "governance.indicator.error.target-line", line.strip()));
			}
		}
		return new IndicatorDraft(key, title, definition, unit, decimalsValue == null ? 0 : decimalsValue, min, max,
				choice(Direction.class, direction), choice(IndicatorCounted.class, counted), baseline,
				baselineYearValue, responsiblePartnerCode, actionFieldCode, choice(IndicatorSource.class, source),
				figureKey.isBlank() ? null : figureKey.strip(), choice(PeriodKind.class, periodKind), first, last,
				publicIndicator, positionValue == null ? 0 : positionValue, targetValues);
	}

	static String text(@Nullable BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	/** Reads a number typed with a comma or a point as decimal mark; {@code null} when it is not one. */
	static @Nullable BigDecimal number(@Nullable String text) {
		if (text == null) {
			return null;
		}
		String plain = text.strip().replace(" ", "").replace("\u00a0", "");
		if (plain.contains(",")) {
			plain = plain.replace(".", "").replace(',', '.');
		}
		try {
			return new BigDecimal(plain);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable BigDecimal decimal(List<FieldProblem> problems, String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		BigDecimal value = number(text);
		if (value == null) {
			problems.add(FieldProblem.of(field, "governance.indicator.error.number"));
		}
		return value;
	}

	private static @Nullable Integer integer(List<FieldProblem> problems, String field, String text, boolean required) {
		if (text == null || text.isBlank()) {
			if (required) {
				problems.add(FieldProblem.of(field, "governance.indicator.error.required"));
			}
			return null;
		}
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			problems.add(FieldProblem.of(field, "governance.indicator.error.whole-number"));
			return null;
		}
	}

	private static <E extends Enum<E>> @Nullable E choice(Class<E> type, @Nullable String name) {
		if (name == null || name.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDefinition() {
		return definition;
	}

	public void setDefinition(String definition) {
		this.definition = definition;
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getDecimals() {
		return decimals;
	}

	public void setDecimals(String decimals) {
		this.decimals = decimals;
	}

	public String getMinValue() {
		return minValue;
	}

	public void setMinValue(String minValue) {
		this.minValue = minValue;
	}

	public String getMaxValue() {
		return maxValue;
	}

	public void setMaxValue(String maxValue) {
		this.maxValue = maxValue;
	}

	public String getDirection() {
		return direction;
	}

	public void setDirection(String direction) {
		this.direction = direction;
	}

	public String getCounted() {
		return counted;
	}

	public void setCounted(String counted) {
		this.counted = counted;
	}

	public String getBaselineValue() {
		return baselineValue;
	}

	public void setBaselineValue(String baselineValue) {
		this.baselineValue = baselineValue;
	}

	public String getBaselineYear() {
		return baselineYear;
	}

	public void setBaselineYear(String baselineYear) {
		this.baselineYear = baselineYear;
	}

	public String getResponsiblePartnerCode() {
		return responsiblePartnerCode;
	}

	public void setResponsiblePartnerCode(String responsiblePartnerCode) {
		this.responsiblePartnerCode = responsiblePartnerCode;
	}

	public String getActionFieldCode() {
		return actionFieldCode;
	}

	public void setActionFieldCode(String actionFieldCode) {
		this.actionFieldCode = actionFieldCode;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public String getFigureKey() {
		return figureKey;
	}

	public void setFigureKey(String figureKey) {
		this.figureKey = figureKey;
	}

	public String getPeriodKind() {
		return periodKind;
	}

	public void setPeriodKind(String periodKind) {
		this.periodKind = periodKind;
	}

	public String getFirstYear() {
		return firstYear;
	}

	public void setFirstYear(String firstYear) {
		this.firstYear = firstYear;
	}

	public String getLastYear() {
		return lastYear;
	}

	public void setLastYear(String lastYear) {
		this.lastYear = lastYear;
	}

	public boolean isPublicIndicator() {
		return publicIndicator;
	}

	public void setPublicIndicator(boolean publicIndicator) {
		this.publicIndicator = publicIndicator;
	}

	public String getPosition() {
		return position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public String getTargets() {
		return targets;
	}

	public void setTargets(String targets) {
		this.targets = targets;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
