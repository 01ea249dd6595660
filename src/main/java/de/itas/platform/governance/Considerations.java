package de.itas.platform.governance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import de.itas.platform.shared.web.TaggedPdf;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import de.itas.platform.governance.ConsultationViews.Consideration;
import de.itas.platform.governance.ConsultationViews.ProposalView;

/**
 * The consideration table (Abwägungstabelle) of a charter version: every contribution made on it (its change
 * proposals, and the forum inputs and topics linked to its sections) with the coordination's decision and reason
 * and the section it affected. Names appear only where the contributor agreed. As a page, a tagged PDF and XLSX.
 */
@Service
@Transactional(readOnly = true)
public class Considerations {

	private final JdbcClient jdbc;
	private final Charter charter;
	private final Consultation consultation;
	private final Decisions decisions;
	private final ITemplateEngine templates;
	private final MessageSource messages;

	Considerations(JdbcClient jdbc, Charter charter, Consultation consultation, Decisions decisions,
			ITemplateEngine templates, MessageSource messages) {
		this.jdbc = jdbc;
		this.charter = charter;
		this.consultation = consultation;
		this.decisions = decisions;
		this.templates = templates;
		this.messages = messages;
	}

	/** The lines of a version's table: its proposals by code, then the linked forum inputs and topics. */
	public List<Consideration> of(VersionSummary version) {
		Map<UUID, SectionView> sections = new java.util.HashMap<>();
		for (SectionView section : charter.sections(version.id())) {
			sections.put(section.sectionId(), section);
		}
		List<Consideration> lines = new ArrayList<>();
		for (ProposalView proposal : consultation.proposalsOf(version.id())) {
			SectionView section = sections.get(proposal.sectionId());
			DecisionView decision = proposal.decision();
			lines.add(new Consideration(proposal.code(), "governance.consideration.kind.proposal",
					"/charta/vorschlaege/" + proposal.code(), proposal.proposedBody(), proposal.reason(),
					proposal.authorName(), section == null ? proposal.baseHeading()
							: section.number() + " " + section.heading(),
					decision == null ? null : decision.outcome(), decision == null ? null : decision.reason()));
		}
		List<Linked> linked = jdbc.sql("""
				SELECT l.source_kind, l.source_id, l.target_id, i.code AS input_code, i.kind AS input_kind, i.body,
				    i.show_name, i.author_name, t.title, t.description
				FROM governance.contribution_link l
				LEFT JOIN governance.forum_input i ON l.source_kind = 'INPUT' AND i.id = l.source_id
				LEFT JOIN governance.topic t ON l.source_kind = 'TOPIC' AND t.id = l.source_id
				WHERE l.target_kind = 'SECTION' AND l.target_version_id = ? AND l.source_kind IN ('INPUT', 'TOPIC')
				  AND ((i.id IS NOT NULL AND i.published) OR t.id IS NOT NULL)
				ORDER BY l.source_kind, coalesce(i.code, t.title)""")
			.param(version.id())
			.query((rs, n) -> new Linked(ContributionKind.valueOf(rs.getString("source_kind")),
					rs.getObject("source_id", UUID.class), rs.getObject("target_id", UUID.class),
					rs.getString("input_code"), rs.getString("input_kind"), rs.getString("body"),
					rs.getBoolean("show_name") ? rs.getString("author_name") : null, rs.getString("title"),
					rs.getString("description")))
			.list();
		for (Linked line : linked) {
			SectionView section = sections.get(line.sectionId());
			DecisionView decision = decisions.of(line.kind(), line.id()).orElse(null);
			boolean input = line.kind() == ContributionKind.INPUT;
			lines.add(new Consideration(input ? line.code() : line.title(),
					input ? "governance.consideration.kind.input" : "governance.consideration.kind.topic", null,
					input ? line.body() : line.description(), null, line.authorName(),
					section == null ? null : section.number() + " " + section.heading(),
					decision == null ? null : decision.outcome(), decision == null ? null : decision.reason()));
		}
		return lines;
	}

	private record Linked(ContributionKind kind, UUID id, UUID sectionId, @Nullable String code,
			@Nullable String inputKind, @Nullable String body, @Nullable String authorName, @Nullable String title,
			@Nullable String description) {
	}

	/** The table as a tagged PDF. */
	public byte[] pdf(VersionSummary version, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("version", version);
		context.setVariable("lines", of(version));
		String html = templates.process("governance/consultation/considerations-pdf", context);
		return TaggedPdf.render(html, "the consideration table of version " + version.number());
	}

	/** The table as a spreadsheet. */
	public byte[] xlsx(VersionSummary version, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "ITAS-Plattform", "1.0");
			Worksheet sheet = workbook.newWorksheet(message("governance.consideration.sheet", locale, version.number()));
			String[] headers = { "governance.consideration.code", "governance.consideration.kind",
					"governance.consideration.section", "governance.consideration.text",
					"governance.consideration.author", "governance.consideration.outcome",
					"governance.consideration.reason" };
			for (int column = 0; column < headers.length; column++) {
				sheet.value(0, column, message(headers[column], locale));
				sheet.style(0, column).bold().set();
			}
			int row = 1;
			for (Consideration line : of(version)) {
				sheet.value(row, 0, line.code());
				sheet.value(row, 1, message(line.kind(), locale));
				sheet.value(row, 2, line.section() == null ? "" : line.section());
				sheet.value(row, 3, line.why() == null ? line.text()
						: line.text() + "\n\n" + message("governance.consideration.why", locale) + " " + line.why());
				sheet.value(row, 4, line.authorName() == null ? "" : line.authorName());
				sheet.value(row, 5, message(line.outcome() == null ? "governance.outcome.open"
						: line.outcome().messageKey(), locale));
				sheet.value(row, 6, line.reason() == null ? "" : line.reason());
				row++;
			}
			sheet.finish();
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private String message(String key, Locale locale, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}

}
