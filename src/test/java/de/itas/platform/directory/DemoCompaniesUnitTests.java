package de.itas.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The demo companies are many, fictional, spread over the region and the value chain, and valid. */
class DemoCompaniesUnitTests {

	private static final Set<String> DISTRICTS = Set.of("chemnitz", "zwickau", "erzgebirgskreis", "mittelsachsen",
			"vogtlandkreis");

	private final DemoCompanies.DemoFile demo = DemoCompanies.read(DemoCompanies.path("suedwestsachsen"));

	@Test
	void fortyFictionalCompaniesWithUniqueNames() {
		assertThat(demo.companies()).hasSize(40)
			.allSatisfy(company -> assertThat(company.name()).endsWith("(fiktiv)"));
		assertThat(demo.companies().stream().map(DemoCompanies.DemoCompany::name).distinct()).hasSize(40);
	}

	@Test
	void theDemoCompanyAdminsCompanyIsAmongThemInZwickau() {
		assertThat(demo.companies()).filteredOn(company -> company.name().equals("Muldental Antriebstechnik GmbH (fiktiv)"))
			.singleElement()
			.extracting(DemoCompanies.DemoCompany::districtCode)
			.isEqualTo("zwickau");
	}

	@Test
	void spreadOverAllDistrictsTheValueChainAndSizes() {
		Map<String, Long> perDistrict = demo.companies()
			.stream()
			.collect(Collectors.groupingBy(DemoCompanies.DemoCompany::districtCode, Collectors.counting()));
		assertThat(perDistrict.keySet()).isEqualTo(DISTRICTS);
		assertThat(perDistrict.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(5));
		assertThat(demo.companies().stream().map(DemoCompanies.DemoCompany::position).collect(Collectors.toSet()))
			.isEqualTo(EnumSet.allOf(ValueChainPosition.class));
		assertThat(demo.companies().stream().flatMap(company -> company.productGroups().stream()).collect(Collectors.toSet()))
			.isEqualTo(EnumSet.allOf(ProductGroup.class));
		assertThat(demo.companies().stream().map(company -> SizeClass.of(company.employees())).collect(Collectors.toSet()))
			.isEqualTo(EnumSet.allOf(SizeClass.class));
		assertThat(demo.companies().stream().mapToInt(DemoCompanies.DemoCompany::employees).min()).hasValue(8);
		assertThat(demo.companies().stream().mapToInt(DemoCompanies.DemoCompany::employees).max()).hasValue(2500);
	}

	@Test
	void visibilitiesVarySoThatSomeGroupsAreForTheNetworkOrAdvisorsOnly() {
		Map<Visibility, Long> basic = demo.companies()
			.stream()
			.map(company -> DemoCompanies.details(company, demo.defaultVisibility()).visibility(FieldGroup.BASIC))
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(basic).containsOnlyKeys(Visibility.PUBLIC, Visibility.NETWORK, Visibility.ADVISORS);
		assertThat(demo.companies().stream()
			.map(company -> DemoCompanies.details(company, demo.defaultVisibility()).visibility(FieldGroup.COMBUSTION))
			.collect(Collectors.toSet())).containsExactlyInAnyOrder(Visibility.PUBLIC, Visibility.NETWORK,
					Visibility.ADVISORS);
	}

	@Test
	void everyDemoProfileSatisfiesTheProfileRules() {
		Set<String> subclasses = IndustryCodes.shippedCodes()
			.stream()
			.filter(code -> code.level() == IndustryCode.SUBCLASS)
			.map(IndustryCode::code)
			.collect(Collectors.toSet());
		assertThat(demo.companies()).allSatisfy(company -> assertThat(
				ProfileRules.check(DemoCompanies.details(company, demo.defaultVisibility()), DISTRICTS::contains,
						subclasses::contains))
			.as(company.name())
			.isEmpty());
	}

}
