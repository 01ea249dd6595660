package de.itas.platform.events.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import de.itas.platform.events.EventAccess;
import de.itas.platform.events.EventDocumentation;
import de.itas.platform.events.EventStatus;
import de.itas.platform.events.EventStore;
import de.itas.platform.events.EventView;
import de.itas.platform.shared.security.CurrentUser;
import de.itas.platform.shared.web.NotFoundException;

/**
 * The public download of an event's documentation files: served once the documentation is published (to
 * its organisers always), with the type recognised at upload, inline for images and PDF, else as an
 * attachment, and never sniffed by the browser.
 */
@Controller
class EventDocumentsController {

	private final EventStore store;
	private final EventAccess access;
	private final EventDocumentation documentation;

	EventDocumentsController(EventStore store, EventAccess access, EventDocumentation documentation) {
		this.store = store;
		this.access = access;
		this.documentation = documentation;
	}

	@GetMapping("/veranstaltungen/{slug}/dokumente/{document}")
	ResponseEntity<Resource> download(@PathVariable String slug, @PathVariable UUID document) {
		EventView event = store.bySlug(slug).orElseThrow(NotFoundException::new);
		boolean organiser = CurrentUser.get().map(user -> access.organises(user, event)).orElse(false);
		boolean published = event.documented() && event.status() != EventStatus.DRAFT;
		if (!organiser && !published) {
			throw new NotFoundException();
		}
		EventDocumentation.StoredFile file = documentation.file(event.id(), document).orElseThrow(NotFoundException::new);
		String type = file.document().contentType();
		boolean inline = type.startsWith("image/") || type.equals("application/pdf");
		ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(file.document().fileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.contentLength(file.document().sizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(published ? CacheControl.noCache() : CacheControl.noStore())
			.body(new InputStreamResource(file.content()));
	}

}
