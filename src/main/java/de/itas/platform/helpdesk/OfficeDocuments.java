package de.itas.platform.helpdesk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Opens an uploaded ZIP container and tells which Office document (OOXML or OpenDocument) it really is,
 * judged by its parts, not by its name; or nothing when it is none, or not one we can vouch for: too many
 * entries, too much unpacked data (a ZIP bomb), macros, programs or scripts inside, embedded OLE objects
 * (which can carry programs), encrypted or unreadable entries, or entry names that climb out of the archive. Every byte is unpacked and counted
 * (the sizes an archive declares are not trusted), and reading stops at the first limit.
 */
final class OfficeDocuments {

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
	static final String ODT = "application/vnd.oasis.opendocument.text";
	static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
	static final String ODP = "application/vnd.oasis.opendocument.presentation";

	/** At most this many entries: real documents have dozens, spreadsheets a few hundred. */
	static final int MAX_ENTRIES = 1_000;

	/** At most this much unpacked data in all entries together. */
	static final long MAX_UNPACKED_BYTES = 50L * 1024 * 1024;

	/** Unpacked data at most this many times the size of the file (Office XML packs about 5 to 20 times). */
	static final int MAX_RATIO = 100;

	/** The content type of an OOXML package's main part (in {@code [Content_Types].xml}) and the file type. */
	private static final Map<String, String> OOXML_MAIN_PARTS = Map.of(
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", DOCX,
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", XLSX,
			"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml", PPTX);

	private static final Set<String> ODF_TYPES = Set.of(ODT, ODS, ODP);

	/** Programs and scripts: no Office document needs one as a part of its own. */
	private static final Set<String> EXECUTABLE_EXTENSIONS = Set.of("exe", "dll", "com", "scr", "pif", "cpl", "msi",
			"bat", "cmd", "ps1", "vbs", "vbe", "js", "jse", "wsf", "wsh", "hta", "jar", "sh", "lnk", "reg", "apk");

	private static final Pattern OVERRIDE = Pattern.compile("<(?:\\w+:)?Override\\b[^>]*>");

	private static final Pattern PART_NAME = Pattern.compile("\\bPartName\\s*=\\s*[\"']([^\"']*)[\"']");

	private static final Pattern CONTENT_TYPE = Pattern.compile("\\bContentType\\s*=\\s*[\"']([^\"']*)[\"']");

	/** The small parts that say what a package is; read into memory (bounded), the rest only counted. */
	private static final Set<String> DESCRIPTORS = Set.of("[Content_Types].xml", "mimetype");

	private static final int MAX_DESCRIPTOR_BYTES = 256 * 1024;

	private OfficeDocuments() {
	}

	/** Whether the data is a ZIP archive (by its first local file header). */
	static boolean isZip(byte[] data) {
		return data.length >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4;
	}

	/** The Office type the archive really is, if it is a harmless Office document within the limits. */
	static Optional<String> typeOf(byte[] data) {
		try (ZipFile zip = ZipFile.builder()
			.setSeekableByteChannel(new SeekableInMemoryByteChannel(data))
			.get()) {
			return inspect(zip, data.length);
		}
		catch (IOException | RuntimeException unreadable) {
			// a broken or hostile archive makes the ZIP reader fail in many ways; none is an Office document
			return Optional.empty();
		}
	}

	private static Optional<String> inspect(ZipFile zip, long fileSize) throws IOException {
		long budget = Math.min(MAX_UNPACKED_BYTES, MAX_RATIO * Math.max(fileSize, 1));
		long unpacked = 0;
		int count = 0;
		Set<String> names = new HashSet<>();
		String contentTypes = null;
		String mimetype = null;
		for (Enumeration<ZipArchiveEntry> entries = zip.getEntries(); entries.hasMoreElements();) {
			ZipArchiveEntry entry = entries.nextElement();
			if (++count > MAX_ENTRIES) {
				return Optional.empty();
			}
			String name = entry.getName();
			if (!harmlessName(name) || !names.add(name) || !zip.canReadEntryData(entry)) {
				return Optional.empty();
			}
			if (entry.isDirectory()) {
				continue;
			}
			boolean descriptor = DESCRIPTORS.contains(name);
			ByteArrayOutputStream kept = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			byte[] head = new byte[4];
			int headLength = 0;
			try (InputStream in = zip.getInputStream(entry)) {
				for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
					unpacked += read;
					if (unpacked > budget) {
						return Optional.empty();
					}
					int copy = Math.min(head.length - headLength, read);
					System.arraycopy(buffer, 0, head, headLength, copy);
					headLength += copy;
					if (descriptor) {
						if (kept.size() + read > MAX_DESCRIPTOR_BYTES) {
							return Optional.empty();
						}
						kept.write(buffer, 0, read);
					}
				}
			}
			if (isProgram(head, headLength) || isCompoundDocument(head, headLength)) {
				return Optional.empty();
			}
			if (name.equals("[Content_Types].xml")) {
				contentTypes = kept.toString(StandardCharsets.UTF_8);
			}
			else if (name.equals("mimetype")) {
				mimetype = kept.toString(StandardCharsets.US_ASCII).strip();
			}
		}
		if (contentTypes != null) {
			return ooxmlType(contentTypes, names);
		}
		if (mimetype != null && ODF_TYPES.contains(mimetype) && names.contains("content.xml")) {
			return Optional.of(mimetype);
		}
		return Optional.empty();
	}

	/** The type of the package's one main part, which must be there; macro-enabled types are not among them. */
	private static Optional<String> ooxmlType(String contentTypes, Set<String> names) {
		Set<String> found = new HashSet<>();
		Matcher override = OVERRIDE.matcher(contentTypes);
		while (override.find()) {
			Matcher partName = PART_NAME.matcher(override.group());
			Matcher contentType = CONTENT_TYPE.matcher(override.group());
			if (partName.find() && contentType.find()) {
				String type = OOXML_MAIN_PARTS.get(contentType.group(1));
				String part = partName.group(1).startsWith("/") ? partName.group(1).substring(1) : partName.group(1);
				if (type != null && names.contains(part)) {
					found.add(type);
				}
			}
		}
		return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
	}

	/** No absolute paths, no climbing up, no control characters, no programs, no macros. */
	private static boolean harmlessName(String name) {
		if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.chars().anyMatch(c -> c < 0x20)) {
			return false;
		}
		for (String segment : name.split("/")) {
			if (segment.equals("..")) {
				return false;
			}
		}
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith("vbaproject.bin") || lower.endsWith("vbadata.xml") || lower.startsWith("basic/")
				|| lower.startsWith("scripts/")) {
			return false;
		}
		int dot = lower.lastIndexOf('.');
		return dot < 0 || !EXECUTABLE_EXTENSIONS.contains(lower.substring(dot + 1));
	}

	/**
	 * An OLE2 compound document inside the package: an embedded OLE object, ActiveX control or macro storage,
	 * which can carry a program (a "package" object) and cannot be inspected without a full Office parser.
	 */
	private static boolean isCompoundDocument(byte[] head, int length) {
		return length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && head[2] == 0x11
				&& (head[3] & 0xFF) == 0xE0;
	}

	/** Windows, Linux and macOS programs by their first bytes. */
	private static boolean isProgram(byte[] head, int length) {
		if (length >= 2 && head[0] == 'M' && head[1] == 'Z') {
			return true;
		}
		if (length < 4) {
			return false;
		}
		int magic = ((head[0] & 0xFF) << 24) | ((head[1] & 0xFF) << 16) | ((head[2] & 0xFF) << 8) | (head[3] & 0xFF);
		return magic == 0x7F454C46 || magic == 0xFEEDFACE || magic == 0xFEEDFACF || magic == 0xCEFAEDFE
				|| magic == 0xCFFAEDFE || magic == 0xCAFEBABE;
	}

}
