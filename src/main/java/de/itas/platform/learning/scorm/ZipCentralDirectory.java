package de.itas.platform.learning.scorm;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the central directory of a zip for what {@code java.util.zip} does not expose: the external file attributes
 * that mark an entry as a Unix symbolic link. Only the directory is read, never the data.
 */
final class ZipCentralDirectory {

	/** One central directory record: the name as stored and whether its Unix mode says symbolic link. */
	record Entry(String name, boolean symlink) {
	}

	private static final int END_SIGNATURE = 0x06054b50;

	private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;

	private static final int ZIP64_END_SIGNATURE = 0x06064b50;

	private static final int HEADER_SIGNATURE = 0x02014b50;

	private static final int UNIX_HOST = 3;

	private static final int FILE_TYPE_MASK = 0170000;

	private static final int SYMLINK_TYPE = 0120000;

	private ZipCentralDirectory() {
	}

	static List<Entry> read(Path zip) throws IOException {
		try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
			long size = channel.size();
			int tail = (int) Math.min(size, 22 + 65_535);
			ByteBuffer end = read(channel, size - tail, tail);
			int at = -1;
			for (int i = tail - 22; i >= 0; i--) {
				if (end.getInt(i) == END_SIGNATURE) {
					at = i;
					break;
				}
			}
			if (at < 0) {
				throw new IOException("no end of central directory");
			}
			long entries = end.getShort(at + 10) & 0xffff;
			long directorySize = end.getInt(at + 12) & 0xffffffffL;
			long directoryOffset = end.getInt(at + 16) & 0xffffffffL;
			long endPosition = size - tail + at;
			if ((entries == 0xffff || directoryOffset == 0xffffffffL || directorySize == 0xffffffffL)
					&& endPosition >= 20) {
				ByteBuffer locator = read(channel, endPosition - 20, 20);
				if (locator.getInt(0) == ZIP64_LOCATOR_SIGNATURE) {
					ByteBuffer zip64 = read(channel, locator.getLong(8), 56);
					if (zip64.getInt(0) != ZIP64_END_SIGNATURE) {
						throw new IOException("broken zip64 end of central directory");
					}
					entries = zip64.getLong(32);
					directorySize = zip64.getLong(40);
					directoryOffset = zip64.getLong(48);
				}
			}
			if (directorySize > Integer.MAX_VALUE || directoryOffset + directorySize > size) {
				throw new IOException("central directory outside the file");
			}
			ByteBuffer directory = read(channel, directoryOffset, (int) directorySize);
			List<Entry> result = new ArrayList<>();
			int position = 0;
			while (position + 46 <= directorySize && directory.getInt(position) == HEADER_SIGNATURE) {
				int madeBy = (directory.getShort(position + 4) & 0xffff) >>> 8;
				int flags = directory.getShort(position + 8) & 0xffff;
				int nameLength = directory.getShort(position + 28) & 0xffff;
				int extraLength = directory.getShort(position + 30) & 0xffff;
				int commentLength = directory.getShort(position + 32) & 0xffff;
				long external = directory.getInt(position + 38) & 0xffffffffL;
				if (position + 46 + nameLength > directorySize) {
					throw new IOException("truncated central directory");
				}
				byte[] name = new byte[nameLength];
				directory.get(position + 46, name);
				int mode = (int) (external >>> 16);
				boolean symlink = madeBy == UNIX_HOST && (mode & FILE_TYPE_MASK) == SYMLINK_TYPE;
				result.add(new Entry(new String(name, (flags & 0x800) != 0 ? StandardCharsets.UTF_8
						: StandardCharsets.ISO_8859_1), symlink));
				position += 46 + nameLength + extraLength + commentLength;
			}
			if (result.size() != entries && entries != 0xffff) {
				throw new IOException("central directory lists " + result.size() + " of " + entries + " entries");
			}
			return result;
		}
	}

	private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
		if (position < 0) {
			throw new IOException("offset before the start of the file");
		}
		ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
		while (buffer.hasRemaining()) {
			if (channel.read(buffer, position + buffer.position()) < 0) {
				throw new IOException("unexpected end of file");
			}
		}
		return buffer.flip();
	}

}
