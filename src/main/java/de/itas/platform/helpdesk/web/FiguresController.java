package de.itas.platform.helpdesk.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import de.itas.platform.helpdesk.FigureRow;
import de.itas.platform.helpdesk.HelpdeskFigures;
import de.itas.platform.helpdesk.Outcome;
import de.itas.platform.helpdesk.Topic;
import de.itas.platform.region.Region;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.Role;

/** The help desk's figures for coordination: a table and a chart per period and dimension. */
@Controller
class FiguresController {

	private final HelpdeskFigures figures;
	private final Region region;
	private final MessageSource messages;
	private final Clock clock;

	FiguresController(HelpdeskFigures figures, Region region, MessageSource messages, Clock clock) {
		this.figures = figures;
		this.region = region;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/beratung/kennzahlen")
	String show(@RequestParam(name = "von", required = false) @Nullable String from,
			@RequestParam(name = "bis", required = false) @Nullable String to,
			@RequestParam(name = "nach", defaultValue = "DISTRICT") HelpdeskFigures.Dimension by, Model model,
			Locale locale) {
		if (!CurrentUser.roles().contains(Role.COORDINATOR) && !CurrentUser.roles().contains(Role.ADMIN)) {
			throw new AccessDeniedException("Coordination only");
		}
		LocalDate today = LocalDate.now(clock);
		LocalDate end = parse(to, today);
		LocalDate start = parse(from, end.minusMonths(6).withDayOfMonth(1));
		if (start.isAfter(end)) {
			start = end;
		}
		List<FigureRow> rows = figures.figures(start, end, by);
		Map<String, String> labels = new LinkedHashMap<>();
		for (FigureRow row : rows) {
			labels.put(row.key(), label(by, row.key(), locale));
		}
		model.addAttribute("rows", rows);
		model.addAttribute("labels", labels);
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("by", by);
		model.addAttribute("dimensions", HelpdeskFigures.Dimension.values());
		model.addAttribute("outcomes", Outcome.values());
		model.addAttribute("chartLabels", String.join("|", labels.values()));
		model.addAttribute("chartValues", String.join("|", rows.stream().map(row -> String.valueOf(row.inquiries())).toList()));
		return "helpdesk/figures";
	}

	private String label(HelpdeskFigures.Dimension by, String key, Locale locale) {
		if ("-".equals(key)) {
			return messages.getMessage("helpdesk.figures.unknown", null, locale);
		}
		return switch (by) {
			case MONTH -> key;
			case DISTRICT -> region.district(key).map(district -> district.name()).orElse(key);
			case TOPIC -> Topic.fromKey(key).map(topic -> messages.getMessage(topic.messageKey(), null, locale)).orElse(key);
			case PARTNER -> region.partner(key).map(partner -> partner.shortName()).orElse(key);
		};
	}

	private static LocalDate parse(@Nullable String value, LocalDate fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			return fallback;
		}
	}

}
