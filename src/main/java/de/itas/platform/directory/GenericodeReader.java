package de.itas.platform.directory;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

/**
 * Reads the WZ 2008 code list in the XÖV genericode format (OASIS genericode 1.0, as published by
 * Destatis/XRepository): the columns {@code ItemCode}, {@code ItemEbene} and {@code ItemOffiziellerTitel}
 * of every row of the {@code SimpleCodeList}. The whole file is checked before anything is returned, so
 * an import either takes all rows or none.
 * <p>
 * The parent of a code is the nearest preceding code one level up, as the list is ordered
 * hierarchically (a section letter precedes its divisions); for levels 3 to 5 the parent's code must also
 * be the start of the code. Doctype declarations are refused, so no external entity is ever resolved.
 */
final class GenericodeReader {

	static final String GENERICODE_NAMESPACE = "http://docs.oasis-open.org/codelist/ns/genericode/1.0/";

	static final String CODE_COLUMN = "ItemCode";
	static final String LEVEL_COLUMN = "ItemEbene";
	static final String TITLE_COLUMN = "ItemOffiziellerTitel";

	static final int MAX_TITLE = 300;

	private static final Map<Integer, Pattern> CODE_FORMATS = Map.of(1, Pattern.compile("[A-Z]"), 2,
			Pattern.compile("[0-9]{2}"), 3, Pattern.compile("[0-9]{2}\\.[0-9]"), 4,
			Pattern.compile("[0-9]{2}\\.[0-9]{2}"), 5, Pattern.compile("[0-9]{2}\\.[0-9]{2}\\.[0-9]"));

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private GenericodeReader() {
	}

	static List<IndustryCode> read(InputStream in) {
		try {
			XMLStreamReader xml = factory().createXMLStreamReader(in);
			try {
				return read(xml);
			}
			finally {
				xml.close();
			}
		}
		catch (XMLStreamException ex) {
			int line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNumber();
			throw new IndustryCodeImportException("directory.wz-import.error.not-xml", ex, line);
		}
	}

	private static XMLInputFactory factory() {
		// the JDK's parser, the same in production and tests, whatever StAX library a test dependency brings
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		return factory;
	}

	private static List<IndustryCode> read(XMLStreamReader xml) throws XMLStreamException {
		List<String> columns = new ArrayList<>();
		List<Map<String, String>> rows = new ArrayList<>();
		boolean rootSeen = false;
		Map<String, String> row = null;
		String valueColumn = null;
		int previousColumn = -1;
		StringBuilder text = null;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.DTD) {
				throw new IndustryCodeImportException("directory.wz-import.error.not-code-list");
			}
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = xml.getLocalName();
				if (!rootSeen) {
					if (!"CodeList".equals(name) || !GENERICODE_NAMESPACE.equals(xml.getNamespaceURI())) {
						throw new IndustryCodeImportException("directory.wz-import.error.not-code-list");
					}
					rootSeen = true;
				}
				else if ("Column".equals(name) && xml.getAttributeValue(null, "Id") != null) {
					columns.add(xml.getAttributeValue(null, "Id"));
				}
				else if ("Row".equals(name)) {
					row = new HashMap<>();
					previousColumn = -1;
				}
				else if ("Value".equals(name) && row != null) {
					String reference = xml.getAttributeValue(null, "ColumnRef");
					// genericode: a value without ColumnRef belongs to the column after the previous value's
					int index = reference != null ? columns.indexOf(reference) : previousColumn + 1;
					previousColumn = index;
					valueColumn = reference != null ? reference : index < columns.size() ? columns.get(index) : null;
				}
				else if ("SimpleValue".equals(name) && valueColumn != null) {
					text = new StringBuilder();
				}
			}
			else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && text != null) {
				text.append(xml.getText());
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				String name = xml.getLocalName();
				if ("SimpleValue".equals(name) && text != null && row != null && valueColumn != null) {
					row.put(valueColumn, text.toString());
					text = null;
				}
				else if ("Value".equals(name)) {
					valueColumn = null;
				}
				else if ("Row".equals(name) && row != null) {
					rows.add(row);
					row = null;
				}
			}
		}
		if (!rootSeen) {
			throw new IndustryCodeImportException("directory.wz-import.error.not-code-list");
		}
		for (String required : List.of(CODE_COLUMN, LEVEL_COLUMN, TITLE_COLUMN)) {
			if (!columns.contains(required)) {
				throw new IndustryCodeImportException("directory.wz-import.error.missing-column", required);
			}
		}
		return codes(rows);
	}

	/** Checks every row and links it to its parent. */
	static List<IndustryCode> codes(List<Map<String, String>> rows) {
		if (rows.isEmpty()) {
			throw new IndustryCodeImportException("directory.wz-import.error.empty");
		}
		List<IndustryCode> codes = new ArrayList<>(rows.size());
		Set<String> seen = new HashSet<>();
		String[] lastPerLevel = new String[IndustryCode.SUBCLASS + 1];
		for (int i = 0; i < rows.size(); i++) {
			int number = i + 1;
			Map<String, String> row = rows.get(i);
			String code = clean(row.get(CODE_COLUMN));
			String levelText = clean(row.get(LEVEL_COLUMN));
			String title = clean(row.get(TITLE_COLUMN));
			if (code == null || levelText == null || title == null) {
				throw new IndustryCodeImportException("directory.wz-import.error.row-incomplete", number);
			}
			Integer level = level(levelText);
			if (level == null) {
				throw new IndustryCodeImportException("directory.wz-import.error.row-level", number, code);
			}
			if (!CODE_FORMATS.get(level).matcher(code).matches()) {
				throw new IndustryCodeImportException("directory.wz-import.error.row-code", number, code, level);
			}
			if (title.length() > MAX_TITLE) {
				throw new IndustryCodeImportException("directory.wz-import.error.row-title", number, code, MAX_TITLE);
			}
			String parent = level == 1 ? null : lastPerLevel[level - 1];
			if (level > 1 && (parent == null || level > 2 && !code.startsWith(parent))) {
				throw new IndustryCodeImportException("directory.wz-import.error.row-parent", number, code);
			}
			if (!seen.add(code)) {
				throw new IndustryCodeImportException("directory.wz-import.error.duplicate", number, code);
			}
			lastPerLevel[level] = code;
			for (int deeper = level + 1; deeper <= IndustryCode.SUBCLASS; deeper++) {
				lastPerLevel[deeper] = null;
			}
			codes.add(new IndustryCode(code, level, title, parent));
		}
		return codes;
	}

	private static @Nullable Integer level(String text) {
		try {
			int level = Integer.parseInt(text);
			return level >= 1 && level <= IndustryCode.SUBCLASS ? level : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable String clean(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String cleaned = SPACES.matcher(value.strip()).replaceAll(" ");
		return cleaned.isEmpty() ? null : cleaned;
	}

}
