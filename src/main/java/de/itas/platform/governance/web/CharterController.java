package de.itas.platform.governance.web;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import de.itas.platform.governance.Charter;
import de.itas.platform.governance.Provenance;
import de.itas.platform.governance.SectionView;
import de.itas.platform.governance.UnknownCharterException;
import de.itas.platform.governance.VersionComparison;
import de.itas.platform.governance.VersionStatus;
import de.itas.platform.governance.VersionSummary;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.security.Role;
import de.itas.platform.surveys.SurveySubject;
import de.itas.platform.surveys.Surveys;

/**
 * The public charter: the version in force or any older one (citable by its number, sections by their
 * anchor), the phases as a timeline, the comparison of two versions, and why each section reads as it does.
 */
@Controller
class CharterController {

	private final Charter charter;
	private final Provenance provenance;
	private final Clock clock;
	private final Surveys surveys;

	CharterController(Charter charter, Provenance provenance, Clock clock, Surveys surveys) {
		this.charter = charter;
		this.provenance = provenance;
		this.clock = clock;
		this.surveys = surveys;
	}

	@GetMapping("/charta")
	String current(Model model) {
		List<VersionSummary> versions = charter.versions();
		List<VersionSummary> readable = versions.stream().filter(CharterController::readable).toList();
		VersionSummary shown = charter.current()
			.orElse(readable.isEmpty() ? null : readable.get(readable.size() - 1));
		if (shown == null) {
			model.addAttribute("versions", versions);
			return "governance/charter-empty";
		}
		return version(shown, versions, model);
	}

	@GetMapping("/charta/{number:\\d+\\.\\d+}")
	String version(@PathVariable String number, Model model) {
		return version(readable(number), charter.versions(), model);
	}

	private String version(VersionSummary version, List<VersionSummary> versions, Model model) {
		List<SectionView> sections = charter.sections(version.id());
		Map<UUID, Provenance.Trace> why = new LinkedHashMap<>();
		for (SectionView section : sections) {
			why.put(section.sectionId(), provenance.why(version.id(), section.sectionId()));
		}
		model.addAttribute("version", version);
		model.addAttribute("versions", versions.stream().filter(CharterController::readable).toList());
		model.addAttribute("current", charter.current().orElse(null));
		model.addAttribute("consulting", versions.stream()
			.filter(v -> v.consultationOpenAt(clock.instant()) && !v.id().equals(version.id()))
			.findFirst()
			.orElse(null));
		model.addAttribute("sections", sections);
		model.addAttribute("anchors", charter.anchors());
		model.addAttribute("why", why);
		model.addAttribute("survey",
				surveys.attachedTo(new SurveySubject("governance", "charter-version", version.number())).orElse(null));
		return "governance/charter";
	}

	/**
	 * Whether the person may read the version: drafts are the coordination's working copies; everything from
	 * the consultation on is public.
	 */
	static boolean readable(VersionSummary version) {
		return version.status() != VersionStatus.DRAFT || CurrentUser.roles().contains(Role.COORDINATOR)
				|| CurrentUser.roles().contains(Role.ADMIN);
	}

	private VersionSummary readable(String number) {
		return charter.version(number).filter(CharterController::readable)
			.orElseThrow(() -> new UnknownCharterException(number));
	}

	@GetMapping("/charta/vergleich")
	String compare(@RequestParam(name = "von", required = false) @Nullable String from,
			@RequestParam(name = "zu", required = false) @Nullable String to, Model model) {
		List<VersionSummary> versions = charter.versions().stream().filter(CharterController::readable).toList();
		model.addAttribute("versions", versions);
		if (versions.size() < 2) {
			return "governance/compare";
		}
		VersionSummary newer = to == null ? versions.get(versions.size() - 1) : readable(to);
		VersionSummary older = from == null ? previous(versions, newer) : readable(from);
		model.addAttribute("comparison", VersionComparison.of(older, charter.sections(older.id()), newer,
				charter.sections(newer.id()), lineageBetween(versions, older, newer)));
		model.addAttribute("anchors", charter.anchors());
		return "governance/compare";
	}

	/**
	 * The lineage of every version after the older one up to the newer one: a section split off in 2.0 still
	 * counts as split off when 1.0 is compared with 3.0.
	 */
	private Map<UUID, List<UUID>> lineageBetween(List<VersionSummary> versions, VersionSummary older,
			VersionSummary newer) {
		Map<UUID, List<UUID>> lineage = new LinkedHashMap<>();
		boolean inside = false;
		for (VersionSummary version : versions) {
			if (inside) {
				charter.lineage(version.id())
					.forEach((k, v) -> lineage.computeIfAbsent(k, x -> new java.util.ArrayList<>()).addAll(v));
			}
			if (version.id().equals(older.id())) {
				inside = true;
			}
			if (version.id().equals(newer.id())) {
				break;
			}
		}
		return lineage;
	}

	private static VersionSummary previous(List<VersionSummary> versions, VersionSummary version) {
		int index = versions.indexOf(version);
		return index > 0 ? versions.get(index - 1) : versions.get(0);
	}

	@GetMapping("/charta/{number:\\d+\\.\\d+}/herkunft")
	String provenance(@PathVariable String number, Model model) {
		VersionSummary version = readable(number);
		List<SectionView> sections = charter.sections(version.id());
		Map<UUID, Provenance.Trace> why = new LinkedHashMap<>();
		for (SectionView section : sections) {
			why.put(section.sectionId(), provenance.why(version.id(), section.sectionId()));
		}
		model.addAttribute("version", version);
		model.addAttribute("sections", sections);
		model.addAttribute("anchors", charter.anchors());
		model.addAttribute("why", why);
		return "governance/provenance";
	}

	/** The provenance graph of a version as JSON: its sections, the contributions that led to them, the edges. */
	@GetMapping(path = "/api/v1/governance/charter/{number}/provenance", produces = "application/json")
	@ResponseBody
	ResponseEntity<ProvenanceJson> provenanceJson(@PathVariable String number) {
		VersionSummary version = readable(number);
		return ResponseEntity.ok(ProvenanceJson.of(version, provenance.ofVersion(version.id())));
	}

}
