package de.itas.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Reading the XÖV genericode code list: structure, parents, and every way a file is refused. */
class GenericodeReaderUnitTests {

	@Test
	void readsCodesWithLevelsTitlesAndParents() throws IOException {
		List<IndustryCode> codes = read(sample());
		assertThat(codes).extracting(IndustryCode::code).containsExactly("C", "29", "29.3", "29.32", "29.32.0", "H", "49");
		assertThat(codes.get(4)).isEqualTo(new IndustryCode("29.32.0", 5,
				"Herstellung von sonstigen Teilen und sonstigem Zubehör für Kraftwagen", "29.32"));
		assertThat(codes.get(1).parentCode()).as("a division belongs to the section before it").isEqualTo("C");
		assertThat(codes.get(6).parentCode()).isEqualTo("H");
		assertThat(codes.get(0).parentCode()).isNull();
	}

	@Test
	void valuesWithoutColumnReferenceFollowTheColumnOrder() {
		String xml = codeList("""
				<Row><Value><SimpleValue>C</SimpleValue></Value><Value><SimpleValue>1</SimpleValue></Value>
				<Value><SimpleValue>Verarbeitendes Gewerbe</SimpleValue></Value></Row>""");
		assertThat(read(xml)).containsExactly(new IndustryCode("C", 1, "Verarbeitendes Gewerbe", null));
	}

	@Test
	void refusesWhatIsNoXml() {
		assertRefused("Code;Ebene;Titel\n29.32.0;5;Teile", "directory.wz-import.error.not-xml");
	}

	@Test
	void refusesXmlThatIsNoGenericodeCodeList() {
		assertRefused("<?xml version=\"1.0\"?><html><body>Hallo</body></html>", "directory.wz-import.error.not-code-list");
		assertRefused("<?xml version=\"1.0\"?><CodeList><SimpleCodeList/></CodeList>",
				"directory.wz-import.error.not-code-list");
	}

	@Test
	void refusesDoctypesSoThatNoExternalEntityIsEverRead() {
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE gc:CodeList [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
				<gc:CodeList xmlns:gc="http://docs.oasis-open.org/codelist/ns/genericode/1.0/">
				<ColumnSet><Column Id="ItemCode"/><Column Id="ItemEbene"/><Column Id="ItemOffiziellerTitel"/></ColumnSet>
				<SimpleCodeList><Row><Value ColumnRef="ItemCode"><SimpleValue>C</SimpleValue></Value>
				<Value ColumnRef="ItemEbene"><SimpleValue>1</SimpleValue></Value>
				<Value ColumnRef="ItemOffiziellerTitel"><SimpleValue>&secret;</SimpleValue></Value></Row></SimpleCodeList>
				</gc:CodeList>""";
		assertThatThrownBy(() -> read(xxe)).isInstanceOfSatisfying(IndustryCodeImportException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("directory.wz-import.error.not-code-list"));
	}

	@Test
	void refusesAListWithoutTheNeededColumns() {
		String xml = """
				<gc:CodeList xmlns:gc="http://docs.oasis-open.org/codelist/ns/genericode/1.0/">
				<ColumnSet><Column Id="ItemCode"/><Column Id="ItemEbene"/></ColumnSet><SimpleCodeList/></gc:CodeList>""";
		assertRefused(xml, "directory.wz-import.error.missing-column", "ItemOffiziellerTitel");
	}

	@Test
	void refusesBrokenRowsNamingTheEntry() {
		assertRefused(codeList(""), "directory.wz-import.error.empty");
		assertRefused(codeList(row("C", "1", "")), "directory.wz-import.error.row-incomplete", 1);
		assertRefused(codeList(row("C", "6", "Titel")), "directory.wz-import.error.row-level", 1, "C");
		assertRefused(codeList(row("C", "eins", "Titel")), "directory.wz-import.error.row-level", 1, "C");
		assertRefused(codeList(row("C", "1", "Titel") + row("29.3", "2", "Titel")), "directory.wz-import.error.row-code", 2,
				"29.3", 2);
		assertRefused(codeList(row("29", "2", "Titel")), "directory.wz-import.error.row-parent", 1, "29");
		assertRefused(codeList(row("C", "1", "T") + row("29", "2", "T") + row("28.1", "3", "T")),
				"directory.wz-import.error.row-parent", 3, "28.1");
		assertRefused(codeList(row("C", "1", "T") + row("29", "2", "T") + row("29", "2", "T")),
				"directory.wz-import.error.duplicate", 3, "29");
		assertRefused(codeList(row("C", "1", "x".repeat(301))), "directory.wz-import.error.row-title", 1, "C", 300);
	}

	@Test
	void theShippedListIsAConsistentExtractWithEveryDemoCode() {
		List<IndustryCode> shipped = IndustryCodes.shippedCodes();
		Map<String, IndustryCode> byCode = shipped.stream().collect(Collectors.toMap(IndustryCode::code, code -> code));
		for (IndustryCode code : shipped) {
			if (code.parentCode() != null) {
				assertThat(byCode).as("parent of %s", code.code()).containsKey(code.parentCode());
			}
		}
		DemoCompanies.DemoFile demo = DemoCompanies.read(DemoCompanies.path("suedwestsachsen"));
		assertThat(demo.companies()).allSatisfy(company -> assertThat(byCode.get(company.industryCode()))
			.as(company.name())
			.isNotNull()
			.extracting(IndustryCode::level)
			.isEqualTo(IndustryCode.SUBCLASS));
	}

	private static void assertRefused(String xml, String key, Object... arguments) {
		assertThatThrownBy(() -> read(xml)).isInstanceOfSatisfying(IndustryCodeImportException.class, ex -> {
			assertThat(ex.messageKey()).isEqualTo(key);
			if (arguments.length > 0) {
				assertThat(ex.arguments()).containsExactly(arguments);
			}
		});
	}

	static String sample() throws IOException {
		try (InputStream in = new ClassPathResource("directory/wz-sample.xml").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	static String codeList(String rows) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<gc:CodeList xmlns:gc="http://docs.oasis-open.org/codelist/ns/genericode/1.0/">
				<ColumnSet><Column Id="ItemCode"/><Column Id="ItemEbene"/><Column Id="ItemOffiziellerTitel"/></ColumnSet>
				<SimpleCodeList>%s</SimpleCodeList></gc:CodeList>""".formatted(rows);
	}

	static String row(String code, String level, String title) {
		return """
				<Row><Value ColumnRef="ItemCode"><SimpleValue>%s</SimpleValue></Value>
				<Value ColumnRef="ItemEbene"><SimpleValue>%s</SimpleValue></Value>
				<Value ColumnRef="ItemOffiziellerTitel"><SimpleValue>%s</SimpleValue></Value></Row>""".formatted(code, level,
				title);
	}

	private static List<IndustryCode> read(String xml) {
		return GenericodeReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

}
