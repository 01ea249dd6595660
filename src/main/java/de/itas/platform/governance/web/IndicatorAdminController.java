package de.itas.platform.governance.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.governance.IndicatorCounted;
import de.itas.platform.governance.IndicatorDashboard;
import de.itas.platform.governance.IndicatorSource;
import de.itas.platform.governance.IndicatorValueView;
import de.itas.platform.governance.IndicatorView;
import de.itas.platform.governance.Indicators;
import de.itas.platform.governance.Period;
import de.itas.platform.governance.PeriodKind;
import de.itas.platform.governance.SnapshotView;
import de.itas.platform.governance.SteeringAccess;
import de.itas.platform.governance.UnknownIndicatorException;
import de.itas.platform.governance.Direction;
import de.itas.platform.region.Region;
import de.itas.platform.shared.figures.FigureException;
import de.itas.platform.shared.figures.Figures;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.shared.web.FormErrors;

/**
 * The internal pages of the indicator register for the people who steer an action field: the register with new
 * and changed indicators and their targets, entering and correcting values, the sign-off queue (four eyes) and
 * the snapshots of computed indicators. Somebody who steers no action field, or opens an indicator of another
 * field, gets the page-not-found answer.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class IndicatorAdminController {

	private final Indicators indicators;
	private final IndicatorDashboard dashboard;
	private final SteeringAccess access;
	private final Region region;
	private final Figures figures;

	IndicatorAdminController(Indicators indicators, IndicatorDashboard dashboard, SteeringAccess access, Region region,
			Figures figures) {
		this.indicators = indicators;
		this.dashboard = dashboard;
		this.access = access;
		this.region = region;
		this.figures = figures;
	}

	// ---- register

	@GetMapping("/steuerung/kennzahlen")
	String register(Model model) {
		return registerPage(steering(), null, dashboard.currentYear(), model);
	}

	@PostMapping("/steuerung/kennzahlen/berechnung")
	String computeAll(@RequestParam(name = "jahr", defaultValue = "") String yearParam, Model model) {
		PlatformUser user = steering();
		Integer year = year(yearParam);
		if (year == null) {
			model.addAttribute("yearProblem", true);
			return registerPage(user, null, dashboard.currentYear(), model);
		}
		return registerPage(user, indicators.computeAll(year, user), year, model);
	}

	private String registerPage(PlatformUser user, @Nullable List<Indicators.Computation> computations, int year,
			Model model) {
		model.addAttribute("indicators", indicators.editable(user));
		model.addAttribute("fieldNames", fieldNames());
		model.addAttribute("computations", computations);
		model.addAttribute("year", year);
		model.addAttribute("queue", indicators.queue(user).size());
		return "governance/steering/indicator-register";
	}

	@GetMapping("/steuerung/kennzahlen/neu")
	String newIndicator(@RequestParam(name = "handlungsfeld", required = false) @Nullable String field, Model model) {
		steering();
		IndicatorForm form = new IndicatorForm();
		if (field != null && region.actionField(field).isPresent()) {
			form.setActionFieldCode(field);
			form.setResponsiblePartnerCode(region.actionField(field).orElseThrow().leadPartner().code());
		}
		form.setFirstYear(Integer.toString(dashboard.currentYear()));
		form.setLastYear(Integer.toString(dashboard.currentYear() + 4));
		model.addAttribute("indicatorForm", form);
		return indicatorPage(null, model);
	}

	@PostMapping("/steuerung/kennzahlen/neu")
	String create(@ModelAttribute("indicatorForm") IndicatorForm form, BindingResult errors, Model model) {
		PlatformUser user = steering();
		try {
			IndicatorView created = indicators.create(draft(form, user), user);
			return "redirect:/steuerung/kennzahlen/" + created.key();
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return indicatorPage(null, model);
		}
	}

	@GetMapping("/steuerung/kennzahlen/{key:[a-z0-9-]+}")
	String edit(@PathVariable String key, Model model) {
		IndicatorView indicator = indicators.editable(key, steering());
		model.addAttribute("indicatorForm", IndicatorForm.of(indicator));
		return indicatorPage(indicator, model);
	}

	@PostMapping("/steuerung/kennzahlen/{key:[a-z0-9-]+}")
	String update(@PathVariable String key, @ModelAttribute("indicatorForm") IndicatorForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		PlatformUser user = steering();
		IndicatorView indicator = indicators.editable(key, user);
		form.setKey(key);
		try {
			indicators.update(key, form.getVersion(), draft(form, user), user);
			redirect.addFlashAttribute("saved", "yes");
			return "redirect:/steuerung/kennzahlen/" + key;
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return indicatorPage(indicator, model);
		}
	}

	/** The form's draft; refused with every problem at once when the form has numbers it cannot read. */
	private de.itas.platform.governance.IndicatorDraft draft(IndicatorForm form, PlatformUser user) {
		List<FieldProblem> problems = new ArrayList<>();
		de.itas.platform.governance.IndicatorDraft draft = form.toDraft(problems);
		if (!problems.isEmpty()) {
			problems.addAll(indicators.check(draft, user));
			throw new FieldProblems(problems);
		}
		return draft;
	}

	private String indicatorPage(@Nullable IndicatorView indicator, Model model) {
		PlatformUser user = CurrentUser.get().orElseThrow();
		model.addAttribute("indicator", indicator);
		model.addAttribute("fields",
				region.actionFields().stream().filter(f -> access.edits(user, f.code())).toList());
		model.addAttribute("partners", region.partners());
		model.addAttribute("directions", Direction.values());
		model.addAttribute("counts", IndicatorCounted.values());
		model.addAttribute("sources", IndicatorSource.values());
		model.addAttribute("periodKinds", PeriodKind.values());
		model.addAttribute("figures", figures.definitions());
		return "governance/steering/indicator-edit";
	}

	// ---- values

	@GetMapping("/steuerung/kennzahlen/{key:[a-z0-9-]+}/werte")
	String values(@PathVariable String key, @RequestParam(name = "jahr", required = false) @Nullable String yearParam, Model model) {
		IndicatorView indicator = entered(key);
		int year = yearOf(indicator, yearParam);
		IndicatorValueForm form = new IndicatorValueForm();
		Period period = Period.containing(indicator.periodKind(), java.time.LocalDate.of(year, 1, 1));
		form.setPeriod(period.code());
		model.addAttribute("indicatorValueForm", form);
		return valuesPage(indicator, year, model);
	}

	@PostMapping("/steuerung/kennzahlen/{key:[a-z0-9-]+}/werte")
	String enter(@PathVariable String key, @ModelAttribute("indicatorValueForm") IndicatorValueForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		PlatformUser user = steering();
		IndicatorView indicator = entered(key);
		try {
			IndicatorValueView value = indicators.enter(key, form.getPeriod(), form.getDistrict(), number(form.getValue()),
					form.getSourceNote(), user);
			redirect.addFlashAttribute("entered", value.period().code());
			return "redirect:/steuerung/kennzahlen/" + key + "/werte?jahr=" + value.period().year();
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			int year;
			try {
				year = yearOf(indicator, Integer.toString(Period.parse(form.getPeriod()).year()));
			}
			catch (IllegalArgumentException unreadable) {
				year = yearOf(indicator, null);
			}
			return valuesPage(indicator, year, model);
		}
	}

	private String valuesPage(IndicatorView indicator, int year, Model model) {
		List<Integer> years = new ArrayList<>();
		for (int y = indicator.firstYear(); y <= Math.min(indicator.lastYear(), dashboard.currentYear()); y++) {
			years.add(y);
		}
		model.addAttribute("indicator", indicator);
		model.addAttribute("year", year);
		model.addAttribute("years", years);
		model.addAttribute("periods", Period.all(indicator.periodKind(), year, year));
		model.addAttribute("values", indicators.values(indicator, year));
		model.addAttribute("districts", region.districts());
		model.addAttribute("districtNames", districtNames());
		return "governance/steering/indicator-values";
	}

	@GetMapping("/steuerung/kennzahlen/{key:[a-z0-9-]+}/werte/{id:[0-9a-f-]{36}}")
	String correction(@PathVariable String key, @PathVariable UUID id, Model model) {
		IndicatorView indicator = entered(key);
		IndicatorValueView value = indicators.value(indicator, id);
		model.addAttribute("indicatorValueForm", IndicatorValueForm.of(value));
		return correctionPage(indicator, value, model);
	}

	@PostMapping("/steuerung/kennzahlen/{key:[a-z0-9-]+}/werte/{id:[0-9a-f-]{36}}")
	String correct(@PathVariable String key, @PathVariable UUID id,
			@ModelAttribute("indicatorValueForm") IndicatorValueForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		PlatformUser user = steering();
		IndicatorView indicator = entered(key);
		IndicatorValueView value = indicators.value(indicator, id);
		try {
			indicators.correct(key, id, form.getVersion(), number(form.getValue()), form.getSourceNote(), user);
			redirect.addFlashAttribute("entered", value.period().code());
			return "redirect:/steuerung/kennzahlen/" + key + "/werte?jahr=" + value.period().year();
		}
		catch (FieldProblems ex) {
			FormErrors.reject(errors, ex);
			return correctionPage(indicator, value, model);
		}
	}

	private String correctionPage(IndicatorView indicator, IndicatorValueView value, Model model) {
		model.addAttribute("indicator", indicator);
		model.addAttribute("value", value);
		model.addAttribute("districtName", value.districtCode() == null ? null
				: region.district(value.districtCode()).map(d -> d.name()).orElse(value.districtCode()));
		return "governance/steering/indicator-value-edit";
	}

	private IndicatorView entered(String key) {
		IndicatorView indicator = indicators.editable(key, steering());
		if (indicator.computed()) {
			throw new UnknownIndicatorException(key + " (computed)");
		}
		return indicator;
	}

	private static @Nullable BigDecimal number(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		BigDecimal value = IndicatorForm.number(text);
		if (value == null) {
			throw new FieldProblems(FieldProblem.of("value", "governance.indicator.error.number"));
		}
		return value;
	}

	// ---- sign-off queue

	@GetMapping("/steuerung/freigaben")
	String queue(Model model) {
		PlatformUser user = steering();
		model.addAttribute("queue", indicators.queue(user));
		model.addAttribute("districtNames", districtNames());
		return "governance/steering/indicator-sign-off";
	}

	@PostMapping("/steuerung/freigaben/{id:[0-9a-f-]{36}}")
	String signOff(@PathVariable UUID id, @RequestParam(name = "version", defaultValue = "-1") long version,
			RedirectAttributes redirect) {
		PlatformUser user = steering();
		try {
			IndicatorValueView value = indicators.signOff(id, version, user);
			redirect.addFlashAttribute("signed", value.period().code());
		}
		catch (FieldProblems ex) {
			redirect.addFlashAttribute("refused", ex.problems().get(0).messageKey());
		}
		return "redirect:/steuerung/freigaben";
	}

	// ---- snapshots

	@GetMapping("/steuerung/kennzahlen/{key:[a-z0-9-]+}/berechnung")
	String snapshots(@PathVariable String key, @RequestParam(name = "jahr", required = false) @Nullable String yearParam, Model model) {
		IndicatorView indicator = computed(key);
		return snapshotPage(indicator, yearOf(indicator, yearParam), null, model);
	}

	@PostMapping("/steuerung/kennzahlen/{key:[a-z0-9-]+}/berechnung")
	String compute(@PathVariable String key, @RequestParam(name = "jahr", defaultValue = "") String yearParam,
			Model model, RedirectAttributes redirect) {
		PlatformUser user = steering();
		IndicatorView indicator = computed(key);
		int year = yearOf(indicator, yearParam);
		try {
			indicators.compute(key, year, user);
			redirect.addFlashAttribute("computed", Integer.toString(year));
			return "redirect:/steuerung/kennzahlen/" + key + "/berechnung?jahr=" + year;
		}
		catch (FigureException ex) {
			return snapshotPage(indicator, year, ex, model);
		}
	}

	@PostMapping("/steuerung/kennzahlen/{key:[a-z0-9-]+}/berechnung/{id:[0-9a-f-]{36}}/freigabe")
	String signOffSnapshot(@PathVariable String key, @PathVariable UUID id, RedirectAttributes redirect) {
		PlatformUser user = steering();
		computed(key);
		SnapshotView snapshot;
		try {
			snapshot = indicators.signOffSnapshot(key, id, user);
			redirect.addFlashAttribute("signed", "yes");
		}
		catch (FieldProblems ex) {
			redirect.addFlashAttribute("refused", ex.problems().get(0).messageKey());
			return "redirect:/steuerung/kennzahlen/" + key + "/berechnung";
		}
		return "redirect:/steuerung/kennzahlen/" + key + "/berechnung?jahr=" + snapshot.year();
	}

	private String snapshotPage(IndicatorView indicator, int year, @Nullable FigureException failure, Model model) {
		List<Integer> years = new ArrayList<>();
		for (int y = indicator.firstYear(); y <= Math.min(indicator.lastYear(), dashboard.currentYear()); y++) {
			years.add(y);
		}
		List<SnapshotView> snapshots = indicators.snapshots(indicator, year);
		model.addAttribute("indicator", indicator);
		model.addAttribute("year", year);
		model.addAttribute("years", years);
		model.addAttribute("snapshots", snapshots);
		model.addAttribute("current", indicators.current(indicator, year).orElse(null));
		model.addAttribute("failure", failure);
		model.addAttribute("figure", figures.definition(indicator.figureKey() == null ? "" : indicator.figureKey())
			.orElse(null));
		return "governance/steering/indicator-snapshots";
	}

	private IndicatorView computed(String key) {
		IndicatorView indicator = indicators.editable(key, steering());
		if (!indicator.computed()) {
			throw new UnknownIndicatorException(key + " (entered)");
		}
		return indicator;
	}

	// ---- helpers

	private java.util.Map<String, String> districtNames() {
		java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
		region.districts().forEach(d -> names.put(d.code(), d.name()));
		return names;
	}

	private java.util.Map<String, String> fieldNames() {
		java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
		java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
		region.actionFields().forEach(f -> names.put(f.code(), f.name().in(locale)));
		return names;
	}

	/** The signed-in person, if they steer an action field; page not found otherwise. */
	private PlatformUser steering() {
		PlatformUser user = CurrentUser.get().orElseThrow(() -> new UnknownIndicatorException("steering"));
		if (!access.steers(user)) {
			throw new UnknownIndicatorException("steering");
		}
		return user;
	}

	private int yearOf(IndicatorView indicator, @Nullable String param) {
		int last = Math.min(indicator.lastYear(), Math.max(indicator.firstYear(), dashboard.currentYear()));
		Integer year = param == null ? null : year(param);
		if (year == null || year < indicator.firstYear() || year > last) {
			return last;
		}
		return year;
	}

	private static @Nullable Integer year(String text) {
		try {
			int year = Integer.parseInt(text.strip());
			return year >= 1900 && year <= 2200 ? year : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
