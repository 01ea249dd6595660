package de.itas.platform.directory.web;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.directory.DirectorySettings;
import de.itas.platform.directory.IndustryCodeImport;
import de.itas.platform.directory.IndustryCodeImportException;
import de.itas.platform.directory.IndustryCodes;

/**
 * Admin page for the WZ 2008 industry codes: how many are stored per level, and the upload of the
 * official code list. The upload is judged by its content (an XML document whose root is a genericode
 * code list), never by its name or declared type, and refused above the configured size.
 */
@Controller
@RequestMapping("/admin/verzeichnis")
@PreAuthorize("hasRole('ADMIN')")
class IndustryCodeAdminController {

	private final IndustryCodes industryCodes;
	private final DirectorySettings settings;

	IndustryCodeAdminController(IndustryCodes industryCodes, DirectorySettings settings) {
		this.industryCodes = industryCodes;
		this.settings = settings;
	}

	@GetMapping
	String overview(Model model) {
		return page(model, null);
	}

	@PostMapping("/wz2008")
	String upload(@RequestParam(name = "file", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect) {
		if (file == null || file.isEmpty()) {
			return page(model, new IndustryCodeImportException("directory.wz-import.error.no-file"));
		}
		if (file.getSize() > settings.industryCodeImportMaxSize().toBytes()) {
			return page(model, new IndustryCodeImportException("directory.wz-import.error.too-large", maxMegabytes()));
		}
		try (InputStream in = new BufferedInputStream(file.getInputStream())) {
			if (!looksLikeXml(in)) {
				return page(model, new IndustryCodeImportException("directory.wz-import.error.not-code-list"));
			}
			IndustryCodeImport result = industryCodes.importGenericode(in);
			redirect.addFlashAttribute("imported", result);
			return "redirect:/admin/verzeichnis";
		}
		catch (IndustryCodeImportException ex) {
			return page(model, ex);
		}
		catch (IOException ex) {
			return page(model, new IndustryCodeImportException("directory.wz-import.error.not-code-list", ex));
		}
	}

	/** The first character after an optional byte order mark and white space opens an XML tag. */
	static boolean looksLikeXml(InputStream in) throws IOException {
		in.mark(64);
		try {
			int first = in.read();
			if (first == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
				first = in.read();
			}
			int skipped = 0;
			while (first != -1 && Character.isWhitespace(first) && skipped++ < 60) {
				first = in.read();
			}
			return first == '<';
		}
		finally {
			in.reset();
		}
	}

	private String page(Model model, @Nullable IndustryCodeImportException problem) {
		Map<Integer, Integer> counts = industryCodes.countsPerLevel();
		model.addAttribute("counts", counts);
		model.addAttribute("total", counts.values().stream().mapToInt(Integer::intValue).sum());
		model.addAttribute("maxMegabytes", maxMegabytes());
		model.addAttribute("problem", problem);
		return "directory/admin/industry-codes";
	}

	private long maxMegabytes() {
		return settings.industryCodeImportMaxSize().toMegabytes();
	}

}
