package de.itas.platform.trainings.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import de.itas.platform.shared.web.CsvExport;
import de.itas.platform.shared.web.NotFoundException;
import de.itas.platform.trainings.OfferDetails;
import de.itas.platform.trainings.Offers;
import de.itas.platform.trainings.RegistrationSummary;
import de.itas.platform.trainings.Registrations;
import de.itas.platform.trainings.RunDetails;

/** A run's participants for its provider: the list, its CSV export and cancelling a registration. */
@Controller
class ParticipantsController {

	private final Offers offers;
	private final Registrations registrations;
	private final MessageSource messages;
	private final Clock clock;

	ParticipantsController(Offers offers, Registrations registrations, MessageSource messages, Clock clock) {
		this.offers = offers;
		this.registrations = registrations;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/anbieter/termine/{runId}/teilnehmende")
	String participants(@PathVariable long runId, Model model) {
		RunDetails run = offers.run(runId).orElseThrow(NotFoundException::new);
		OfferDetails offer = offers.editable(run.offerId()).orElseThrow(NotFoundException::new);
		model.addAttribute("run", run);
		model.addAttribute("offer", offer);
		model.addAttribute("participants", registrations.participants(runId));
		model.addAttribute("cancellable", run.cancellable(LocalDate.now(clock)));
		return "trainings/participants";
	}

	/** UTF-8 with a byte order mark and „;“ so that spreadsheet programs in German settings open it as is. */
	@GetMapping("/anbieter/termine/{runId}/teilnehmende.csv")
	ResponseEntity<byte[]> csv(@PathVariable long runId, java.util.Locale locale) {
		RunDetails run = offers.run(runId).orElseThrow(NotFoundException::new);
		offers.editable(run.offerId()).orElseThrow(NotFoundException::new);
		List<RegistrationSummary> participants = registrations.participants(runId);
		List<String> header = List.of("name", "email", "status", "waiting-position", "registered-at")
			.stream()
			.map(column -> messages.getMessage("trainings.participants.csv." + column, null, locale))
			.toList();
		List<List<Object>> rows = participants.stream()
			.map(participant -> Arrays.<Object>asList(participant.invited()
					? messages.getMessage("trainings.participants.invited-place", null, locale) : participant.personName(),
					participant.personEmail(),
					messages.getMessage(participant.status().messageKey(), null, locale),
					participant.waitingPosition() == 0 ? "" : participant.waitingPosition(),
					participant.registeredAt()))
			.toList();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("teilnehmende-termin-" + runId + ".csv").build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(CsvExport.file(header, rows));
	}

	@PostMapping("/anbieter/anmeldungen/{registrationId}/stornieren")
	String cancel(@PathVariable long registrationId, RedirectAttributes redirect) {
		RegistrationSummary registration = registrations.registration(registrationId).orElseThrow(NotFoundException::new);
		registrations.cancelByProvider(registrationId);
		redirect.addFlashAttribute("message", "trainings.participants.cancelled");
		return "redirect:/anbieter/termine/" + registration.runId() + "/teilnehmende";
	}

}
