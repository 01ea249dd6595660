package de.itas.platform.events;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;

import javax.imageio.ImageIO;

import de.itas.platform.shared.web.TaggedPdf;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import de.itas.platform.shared.mail.Mailer;

import io.nayuki.qrcodegen.QrCode;

/**
 * Tickets and participation certificates: the ticket's QR code encodes the check-in address of the
 * registration ({@code <baseUrl>/veranstaltungen/verwaltung/{eventId}/einlass/{ticketCode}}), so that staff
 * scan it with any phone camera and land on the person's check-in page; tickets and certificates are tagged
 * PDFs.
 */
@Component
public class Tickets {

	private final Mailer mailer;
	private final ITemplateEngine templates;
	private final Clock clock;

	Tickets(Mailer mailer, ITemplateEngine templates, Clock clock) {
		this.mailer = mailer;
		this.templates = templates;
		this.clock = clock;
	}

	/** A QR code as one SVG path of unit squares in a {@code size}×{@code size} box. */
	public record Qr(int size, String path) {
	}

	/** The address a ticket's QR code carries. */
	public String checkInUrl(EventView event, RegistrationView registration) {
		return mailer.baseUrl() + checkInPath(event.id(), registration.ticketCode());
	}

	public static String checkInPath(java.util.UUID eventId, String ticketCode) {
		return "/veranstaltungen/verwaltung/" + eventId + "/einlass/" + ticketCode;
	}

	public Qr qr(EventView event, RegistrationView registration) {
		QrCode qr = QrCode.encodeText(checkInUrl(event, registration), QrCode.Ecc.MEDIUM);
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < qr.size; y++) {
			for (int x = 0; x < qr.size; x++) {
				if (qr.getModule(x, y)) {
					path.append('M').append(x).append(',').append(y).append("h1v1h-1z");
				}
			}
		}
		return new Qr(qr.size, path.toString());
	}

	/** The QR code as a PNG data URI (the PDF renderer draws no SVG). */
	String qrPng(EventView event, RegistrationView registration) {
		QrCode qr = QrCode.encodeText(checkInUrl(event, registration), QrCode.Ecc.MEDIUM);
		int scale = 8;
		int border = 4;
		int size = (qr.size + border * 2) * scale;
		BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				boolean dark = qr.getModule(x / scale - border, y / scale - border);
				image.setRGB(x, y, dark ? 0x000000 : 0xFFFFFF);
			}
		}
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", out);
			return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The ticket as a PDF: event, time, place, mode, name and the QR code with its code written out. */
	public byte[] ticket(EventView event, RegistrationView registration, Locale locale) {
		Context context = context(event, registration, locale);
		context.setVariable("qr", qrPng(event, registration));
		return TaggedPdf.render(templates.process("events/registration/ticket-pdf", context), "a ticket");
	}

	/** The participation certificate of a checked-in person. */
	public byte[] certificate(EventView event, RegistrationView registration, Locale locale) {
		return TaggedPdf.render(templates.process("events/registration/certificate-pdf", context(event, registration, locale)),
				"a certificate of participation");
	}

	private Context context(EventView event, RegistrationView registration, Locale locale) {
		Context context = new Context(locale);
		context.setVariable("event", event);
		context.setVariable("registration", registration);
		context.setVariable("place", EventCalendar.location(event));
		context.setVariable("starts", event.startsAt().atZone(EventStore.BERLIN));
		context.setVariable("ends", event.endsAt().atZone(EventStore.BERLIN));
		context.setVariable("today", clock.instant().atZone(EventStore.BERLIN));
		return context;
	}

}
