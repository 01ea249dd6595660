package de.itas.platform.learning.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

import de.itas.platform.learning.Attempts;
import de.itas.platform.learning.PackageItem;
import de.itas.platform.learning.PackageView;
import de.itas.platform.learning.Packages;
import de.itas.platform.shared.security.PlatformUser;
import de.itas.platform.shared.web.NotFoundException;

/**
 * The player: the platform page that frames the package content (sandboxed, from the content path) with the table
 * of contents and navigation for packages of several SCOs, and the endpoint that stores the content's run-time calls
 * as the page's bridge forwards them.
 */
@Controller
class PlayerController {

	/** The calls of one launch in the order the content made them. */
	record CallBatch(String launch, String item, List<Attempts.Call> calls) {
	}

	/** A table-of-contents entry with the learner's status. */
	record TocEntry(PackageItem item, String status, boolean current) {
	}

	private final Packages packages;

	private final Attempts attempts;

	PlayerController(Packages packages, Attempts attempts) {
		this.packages = packages;
		this.attempts = attempts;
	}

	@GetMapping("/lernen/pakete/{id}/spielen")
	String play(@PathVariable String id, @RequestParam(name = "eintrag", required = false) @Nullable String itemId,
			@AuthenticationPrincipal PlatformUser user, Model model) {
		PackageView pack = packages.view(PackageController.uuid(id), user);
		List<PackageItem> items = pack.structure().launchable();
		Attempts.AttemptSummary current = attempts.current(pack, user);
		Map<String, String> statuses = new java.util.HashMap<>();
		current.scos().forEach(sco -> statuses.put(sco.itemId(), sco.lessonStatus()));
		PackageItem item;
		if (itemId != null) {
			item = pack.structure().item(itemId).orElseThrow(NotFoundException::new);
		}
		else {
			// the first item not yet done: where a learner coming back left off
			item = items.stream()
				.filter(candidate -> !done(statuses.get(candidate.id())))
				.findFirst()
				.orElse(items.get(0));
		}
		Attempts.Launch launch = attempts.launch(pack, item, user);
		int index = items.indexOf(item);
		model.addAttribute("pack", pack);
		model.addAttribute("item", item);
		model.addAttribute("attempt", launch);
		model.addAttribute("toc", items.stream()
			.filter(entry -> entry.visible() || entry.equals(item))
			.map(entry -> new TocEntry(entry, statuses.getOrDefault(entry.id(), "not attempted"), entry.equals(item)))
			.toList());
		model.addAttribute("previous", index > 0 ? items.get(index - 1) : null);
		model.addAttribute("next", index < items.size() - 1 ? items.get(index + 1) : null);
		model.addAttribute("frameUrl", frameUrl(pack.id(), item, launch.launchId()));
		model.addAttribute("callsUrl", "/lernen/pakete/" + pack.id() + "/versuche/" + launch.attemptId() + "/aufrufe");
		return "learning/player";
	}

	@PostMapping(path = "/lernen/pakete/{id}/versuche/{attempt}/aufrufe", consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<?> calls(@PathVariable String id, @PathVariable String attempt, @RequestBody CallBatch batch,
			@AuthenticationPrincipal PlatformUser user) {
		if (batch.calls() == null || batch.calls().size() > 1000
				|| batch.calls().stream().anyMatch(call -> call == null || call.fn() == null
						|| !Attempts.CALLS.contains(call.fn()) || call.args().size() > 2)) {
			return ResponseEntity.badRequest().build();
		}
		try {
			return ResponseEntity.ok(attempts.apply(PackageController.uuid(id), PackageController.uuid(attempt),
					batch.item(), PackageController.uuid(batch.launch()), batch.calls(), user));
		}
		catch (Attempts.StaleLaunchException ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT).build();
		}
	}

	@PostMapping("/lernen/pakete/{id}/versuche")
	String newAttempt(@PathVariable String id, @AuthenticationPrincipal PlatformUser user,
			RedirectAttributes redirect) {
		PackageView pack = packages.view(PackageController.uuid(id), user);
		attempts.newAttempt(pack, user);
		redirect.addFlashAttribute("message", "learning.player.attempt.started");
		return "redirect:/lernen/pakete/" + pack.id() + "/spielen";
	}

	private static boolean done(@Nullable String status) {
		return "passed".equals(status) || "completed".equals(status);
	}

	/** The launch address on the content path, with the launch id that makes the server inject the run-time API. */
	static String frameUrl(UUID packageId, PackageItem item, UUID launchId) {
		String launchUrl = java.util.Objects.requireNonNull(item.launchUrl());
		String fragment = "";
		int hash = launchUrl.indexOf('#');
		if (hash >= 0) {
			fragment = launchUrl.substring(hash);
			launchUrl = launchUrl.substring(0, hash);
		}
		int query = launchUrl.indexOf('?');
		String path = query < 0 ? launchUrl : launchUrl.substring(0, query);
		String existing = query < 0 ? "" : launchUrl.substring(query + 1);
		String encodedPath = UriUtils.encodePath(path, java.nio.charset.StandardCharsets.UTF_8);
		return PackageContentController.PREFIX + "/" + packageId + "/" + encodedPath + "?"
				+ (existing.isEmpty() ? "" : existing + "&") + PackageContentController.LAUNCH_PARAMETER + "="
				+ launchId + fragment;
	}

}
