package de.itas.platform.events;

import java.security.SecureRandom;

/**
 * Random ticket codes for the QR code at the entrance: ten characters of an alphabet without look-alikes
 * (no 0/O, 1/I/L), about 49 bits, so that a code cannot be guessed from another.
 */
final class TicketCodes {

	static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	static final int LENGTH = 10;

	private static final SecureRandom RANDOM = new SecureRandom();

	private TicketCodes() {
	}

	static String next() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

}
