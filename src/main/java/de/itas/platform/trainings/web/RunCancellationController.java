package de.itas.platform.trainings.web;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.trainings.OfferDetails;
import de.itas.platform.trainings.Offers;
import de.itas.platform.trainings.RunDetails;
import de.itas.platform.trainings.RunNotCancellableException;

/**
 * The provider cancels a whole run (Termin absagen): a confirmation page that names the run and how many
 * people are affected, then the cancellation itself. A confirmation based on an outdated state of the run
 * is refused, and the page shows the current state again.
 */
@Controller
class RunCancellationController {

	private final Offers offers;
	private final Clock clock;

	RunCancellationController(Offers offers, Clock clock) {
		this.offers = offers;
		this.clock = clock;
	}

	@GetMapping("/anbieter/termine/{runId}/absagen")
	String confirm(@PathVariable long runId, Model model) {
		return page(runId, null, model);
	}

	@PostMapping("/anbieter/termine/{runId}/absagen")
	String cancel(@PathVariable long runId, @RequestParam("version") long version, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		RunDetails run = offers.run(runId).orElseThrow(NotFoundException::new);
		offers.editable(run.offerId()).orElseThrow(NotFoundException::new);
		try {
			offers.cancelRun(runId, version);
		}
		catch (OptimisticLockingFailureException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(runId, "trainings.run-cancel.conflict", model);
		}
		catch (RunNotCancellableException ex) {
			response.setStatus(HttpStatus.CONFLICT.value());
			return page(runId, ex.reason().messageKey(), model);
		}
		redirect.addFlashAttribute("message", "trainings.run-cancel.done");
		return "redirect:/anbieter/angebote/" + run.offerId();
	}

	private String page(long runId, @Nullable String error, Model model) {
		RunDetails run = offers.run(runId).orElseThrow(NotFoundException::new);
		OfferDetails offer = offers.editable(run.offerId()).orElseThrow(NotFoundException::new);
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("offer", offer);
		model.addAttribute("run", run);
		model.addAttribute("cancellable", run.cancellable(today));
		model.addAttribute("refusal", run.cancelled() ? RunNotCancellableException.Reason.ALREADY_CANCELLED.messageKey()
				: run.started(today) ? RunNotCancellableException.Reason.STARTED.messageKey() : null);
		model.addAttribute("error", error);
		return "trainings/run-cancel";
	}

}
