package de.itas.platform.governance.web;

import java.net.URI;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

import de.itas.platform.governance.FunderReport;
import de.itas.platform.governance.SteeringAccess;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.NotFoundException;

/**
 * The funder report for the people who steer: a page to choose the period (from and to month), the report as PDF
 * and as XLSX. Others get 404 (visitors are sent to sign in first). A period the report cannot cover goes back to
 * the page with its problem at the field and the typed months kept.
 */
@Controller
class FunderReportController {

	private static final String PAGE = "/steuerung/bericht";

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final FunderReport report;
	private final SteeringAccess access;
	private final Clock clock;

	FunderReportController(FunderReport report, SteeringAccess access, Clock clock) {
		this.report = report;
		this.access = access;
		this.clock = clock;
	}

	/** The form of the period. */
	public static class ReportForm {

		private @Nullable String von;

		private @Nullable String bis;

		public @Nullable String getVon() {
			return von;
		}

		public void setVon(@Nullable String von) {
			this.von = von;
		}

		public @Nullable String getBis() {
			return bis;
		}

		public void setBis(@Nullable String bis) {
			this.bis = bis;
		}

	}

	private record Months(YearMonth from, YearMonth to) {
	}

	@GetMapping(PAGE)
	String page(@ModelAttribute("reportForm") ReportForm form, BindingResult errors, Model model) {
		Set<String> fields = fields();
		if (form.getVon() == null && form.getBis() == null) {
			YearMonth now = YearMonth.now(clock.withZone(ZoneId.of("Europe/Berlin")));
			form.setVon(YearMonth.of(now.getYear(), 1).toString());
			form.setBis(now.toString());
		}
		else {
			months(form, errors);
		}
		model.addAttribute("fieldCount", fields.size());
		return "governance/steering/report";
	}

	@GetMapping(PAGE + ".pdf")
	ResponseEntity<byte[]> pdf(@ModelAttribute("reportForm") ReportForm form, BindingResult errors, Locale locale) {
		Set<String> fields = fields();
		Months months = months(form, errors);
		if (months == null) {
			return back(form);
		}
		FunderReport.Report built = report.build(fields, months.from(), months.to(), locale);
		return download(report.pdf(built, locale), MediaType.APPLICATION_PDF, name(months, "pdf"));
	}

	@GetMapping(PAGE + ".xlsx")
	ResponseEntity<byte[]> xlsx(@ModelAttribute("reportForm") ReportForm form, BindingResult errors, Locale locale) {
		Set<String> fields = fields();
		Months months = months(form, errors);
		if (months == null) {
			return back(form);
		}
		FunderReport.Report built = report.build(fields, months.from(), months.to(), locale);
		return download(report.xlsx(built, locale), XLSX, name(months, "xlsx"));
	}

	private Set<String> fields() {
		PlatformUser user = CurrentUser.get().orElseThrow(NotFoundException::new);
		Set<String> fields = access.fields(user);
		if (fields.isEmpty()) {
			throw new NotFoundException();
		}
		return fields;
	}

	private static @Nullable Months months(ReportForm form, BindingResult errors) {
		YearMonth from = month(form.getVon(), "von", errors);
		YearMonth to = month(form.getBis(), "bis", errors);
		if (from == null || to == null) {
			return null;
		}
		if (to.isBefore(from)) {
			errors.rejectValue("bis", "governance.report.error.order");
			return null;
		}
		if (from.plusMonths(FunderReport.MAX_MONTHS).isBefore(to.plusMonths(1))) {
			errors.rejectValue("bis", "governance.report.error.too-long", new Object[] { FunderReport.MAX_MONTHS },
					null);
			return null;
		}
		return new Months(from, to);
	}

	private static @Nullable YearMonth month(@Nullable String text, String field, BindingResult errors) {
		if (text == null || text.isBlank()) {
			errors.rejectValue(field, "governance.report.error.missing");
			return null;
		}
		try {
			YearMonth month = YearMonth.parse(text.strip());
			if (month.getYear() < 2000 || month.getYear() > 2100) {
				errors.rejectValue(field, "governance.report.error.month");
				return null;
			}
			return month;
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "governance.report.error.month");
			return null;
		}
	}

	/** Back to the page, which shows the problems of the typed months. */
	private static ResponseEntity<byte[]> back(ReportForm form) {
		URI page = UriComponentsBuilder.fromPath(PAGE)
			.queryParam("von", form.getVon() == null ? "" : form.getVon())
			.queryParam("bis", form.getBis() == null ? "" : form.getBis())
			.encode()
			.build()
			.toUri();
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(page).build();
	}

	private static String name(Months months, String extension) {
		return "foerderbericht-" + months.from() + "-bis-" + months.to() + "." + extension;
	}

	private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(content);
	}

}
