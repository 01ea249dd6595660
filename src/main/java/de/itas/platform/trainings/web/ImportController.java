package de.itas.platform.trainings.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.accounts.OrganisationSummary;
import de.itas.platform.shared.web.FieldProblem;
import de.itas.platform.shared.web.FieldProblems;
import de.itas.platform.trainings.ImportPreview;
import de.itas.platform.trainings.OfferImport;
import de.itas.platform.trainings.Offers;

/**
 * The CSV import for providers: upload, a preview with every row's problems, then the import of all rows
 * or none. The file travels back with the confirmation (base64 in the form), so nothing is kept on the
 * server between the two steps.
 */
@Controller
class ImportController {

	/** A row of the preview with its problems as text. */
	record RowView(long line, String title, @Nullable LocalDate start, @Nullable String city, boolean online,
			List<String> problems) {
	}

	private final OfferImport importer;
	private final Offers offers;
	private final MessageSource messages;

	ImportController(OfferImport importer, Offers offers, MessageSource messages) {
		this.importer = importer;
		this.offers = offers;
		this.messages = messages;
	}

	@GetMapping("/anbieter/import")
	String form(Model model) {
		model.addAttribute("providers", requireProvider());
		model.addAttribute("columns", OfferImport.COLUMNS);
		return "trainings/import";
	}

	@PostMapping("/anbieter/import")
	String preview(@RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			@RequestParam("providerId") String providerId, Model model, Locale locale) throws IOException {
		List<OrganisationSummary> providers = requireProvider();
		byte[] content = file == null ? new byte[0] : file.getBytes();
		return previewPage(importer.preview(content), content, providerId, providers, model, locale);
	}

	@PostMapping("/anbieter/import/bestaetigen")
	String confirm(@RequestParam("fileContent") String content, @RequestParam("providerId") String providerId, Model model,
			Locale locale, RedirectAttributes redirect) {
		List<OrganisationSummary> providers = requireProvider();
		byte[] file;
		try {
			file = Base64.getDecoder().decode(content);
		}
		catch (IllegalArgumentException ex) {
			file = new byte[0];
		}
		try {
			int created = importer.importAll(ProviderOfferController.uuid(providerId), file);
			redirect.addFlashAttribute("imported", created);
			redirect.addFlashAttribute("message", "trainings.import.done");
			return "redirect:/anbieter/angebote";
		}
		catch (FieldProblems ex) {
			return previewPage(importer.preview(file), file, providerId, providers, model, locale);
		}
	}

	private String previewPage(ImportPreview preview, byte[] content, String providerId,
			List<OrganisationSummary> providers, Model model, Locale locale) {
		model.addAttribute("providers", providers);
		model.addAttribute("columns", OfferImport.COLUMNS);
		model.addAttribute("preview", preview);
		// a problem of the whole file says what is wrong in its own words (naming the column where there is one)
		model.addAttribute("fileProblems", preview.fileProblems().stream().map(problem -> message(problem, locale)).toList());
		model.addAttribute("rows", preview.rows()
			.stream()
			.map(row -> new RowView(row.line(), row.title(), row.start(), row.city(), row.online(),
					row.problems().stream().map(problem -> text(problem, locale)).toList()))
			.toList());
		// not "content": that name is the layout's parameter for the page body and would shadow it
		model.addAttribute("fileContent", Base64.getEncoder().encodeToString(content));
		model.addAttribute("providerId", providerId);
		model.addAttribute("providerName", providers.stream()
			.filter(provider -> provider.id().toString().equals(providerId))
			.map(OrganisationSummary::name)
			.findFirst()
			.orElse(""));
		return "trainings/import";
	}

	/** A problem of one cell: the column, then what is wrong with the value. */
	private String text(FieldProblem problem, Locale locale) {
		return messages.getMessage("trainings.import.problem", new Object[] { problem.field(), message(problem, locale) },
				locale);
	}

	private String message(FieldProblem problem, Locale locale) {
		return messages.getMessage(problem.messageKey(), problem.arguments().toArray(), locale);
	}

	private List<OrganisationSummary> requireProvider() {
		List<OrganisationSummary> providers = offers.providers();
		if (providers.isEmpty()) {
			throw new AccessDeniedException("Not acting for a training provider");
		}
		return providers;
	}


}
