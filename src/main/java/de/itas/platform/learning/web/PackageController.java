package de.itas.platform.learning.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.learning.Attempts;
import de.itas.platform.learning.PackageImport;
import de.itas.platform.learning.PackageView;
import de.itas.platform.learning.Packages;
import de.itas.platform.learning.scorm.ScormPackageException;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.NotFoundException;

/**
 * The package pages: the list (published packages, and the drafts of the person's provider or, for coordination,
 * all), the upload of a zip with the importer's refusal shown in the person's language, the detail page with the
 * table of contents and the learner's attempts, and publishing.
 */
@Controller
class PackageController {

	private final Packages packages;

	private final PackageImport importer;

	private final Attempts attempts;

	private final MessageSource messages;

	PackageController(Packages packages, PackageImport importer, Attempts attempts, MessageSource messages) {
		this.packages = packages;
		this.importer = importer;
		this.attempts = attempts;
		this.messages = messages;
	}

	@GetMapping("/lernen/pakete")
	String list(@AuthenticationPrincipal PlatformUser user, Model model) {
		model.addAttribute("packages", packages.list(user));
		model.addAttribute("mayUpload", packages.mayUpload(user));
		return "learning/packages";
	}

	@GetMapping("/lernen/pakete/neu")
	String form(@AuthenticationPrincipal PlatformUser user, Model model) {
		requireUploader(user);
		model.addAttribute("form", new PackageUploadForm());
		model.addAttribute("maxMegabytes", importer.maxBytes() / (1024 * 1024));
		return "learning/package-new";
	}

	@PostMapping("/lernen/pakete/neu")
	String upload(@AuthenticationPrincipal PlatformUser user, @ModelAttribute("form") PackageUploadForm form,
			BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
		requireUploader(user);
		model.addAttribute("maxMegabytes", importer.maxBytes() / (1024 * 1024));
		MultipartFile file = form.getFile();
		if (file == null || file.isEmpty()) {
			errors.rejectValue("file", "learning.package.upload.file.missing",
					messages.getMessage("learning.package.upload.file.missing", null, locale));
			return "learning/package-new";
		}
		if (form.getTitle().length() > 200) {
			errors.rejectValue("title", "learning.package.upload.title.too-long",
					messages.getMessage("learning.package.upload.title.too-long", null, locale));
			return "learning/package-new";
		}
		Path zip = null;
		try {
			zip = Files.createTempFile("itas-upload-", ".zip");
			file.transferTo(zip);
			UUID id = importer.importZip(zip, form.getTitle(), packages.uploadOrganisation(user), user.id());
			redirect.addFlashAttribute("message", "learning.package.upload.done");
			return "redirect:/lernen/pakete/" + id;
		}
		catch (ScormPackageException refusal) {
			errors.rejectValue("file", refusal.messageKey(),
					messages.getMessage(refusal.messageKey(), refusal.argumentArray(), locale));
			return "learning/package-new";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (zip != null) {
				try {
					Files.deleteIfExists(zip);
				}
				catch (IOException ex) {
					// a leftover temporary file is removed with the temporary folder
				}
			}
		}
	}

	@GetMapping("/lernen/pakete/{id}")
	String detail(@PathVariable String id, @AuthenticationPrincipal PlatformUser user, Model model) {
		PackageView view = packages.view(uuid(id), user);
		model.addAttribute("pack", view);
		model.addAttribute("manages", packages.manages(view, user));
		model.addAttribute("attempts", attempts.attempts(view, user));
		return "learning/package";
	}

	@PostMapping("/lernen/pakete/{id}/veroeffentlichen")
	String publish(@PathVariable String id, @AuthenticationPrincipal PlatformUser user, RedirectAttributes redirect) {
		packages.publish(uuid(id), user);
		redirect.addFlashAttribute("message", "learning.package.published");
		return "redirect:/lernen/pakete/" + id;
	}

	private void requireUploader(PlatformUser user) {
		if (!packages.mayUpload(user)) {
			throw new AccessDeniedException("Only providers and coordination upload SCORM packages");
		}
	}

	static UUID uuid(String value) {
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			throw new NotFoundException();
		}
	}

}
