package de.itas.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import de.itas.platform.shared.security.Role;
import de.itas.platform.shared.web.FieldProblem;

/** The directory's rules without Spring: size classes, visibility, readers, tags and profile rules. */
class DirectoryUnitTests {

	@ParameterizedTest
	@CsvSource({ "1, MICRO", "9, MICRO", "10, SMALL", "49, SMALL", "50, MEDIUM", "249, MEDIUM", "250, LARGE",
			"2500, LARGE" })
	void sizeClassFollowsTheHeadCountThresholds(int employees, SizeClass expected) {
		assertThat(SizeClass.of(employees)).isEqualTo(expected);
	}

	@Test
	void aCompanyWithoutEmployeesHasNoSizeClass() {
		assertThatThrownBy(() -> SizeClass.of(0)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void visibilityIsOrderedFromEveryoneToAdvisorsOnly() {
		assertThat(Visibility.PUBLIC.within(Visibility.PUBLIC)).isTrue();
		assertThat(Visibility.NETWORK.within(Visibility.PUBLIC)).isFalse();
		assertThat(Visibility.NETWORK.within(Visibility.NETWORK)).isTrue();
		assertThat(Visibility.ADVISORS.within(Visibility.NETWORK)).isFalse();
		assertThat(Visibility.ADVISORS.within(Visibility.ADVISORS)).isTrue();
		assertThat(Visibility.PUBLIC.within(Visibility.ADVISORS)).isTrue();
	}

	@Nested
	class Readers {

		private final UUID own = UUID.randomUUID();
		private final UUID other = UUID.randomUUID();

		@Test
		void visitorsAndEmployeesSeePublicGroupsOnly() {
			assertThat(Reader.reachOf(Set.of())).isEqualTo(Visibility.PUBLIC);
			assertThat(Reader.reachOf(Set.of(Role.EMPLOYEE))).isEqualTo(Visibility.PUBLIC);
		}

		@Test
		void membersOfTheNetworksOrganisationsSeeNetworkGroups() {
			for (Role role : List.of(Role.COMPANY_MEMBER, Role.COMPANY_ADMIN, Role.PROVIDER)) {
				assertThat(Reader.reachOf(Set.of(role, Role.EMPLOYEE))).as("%s", role).isEqualTo(Visibility.NETWORK);
			}
		}

		@Test
		void advisorsCoordinationAndAdminsSeeAdvisorGroups() {
			for (Role role : List.of(Role.ADVISOR, Role.COORDINATOR, Role.ADMIN)) {
				assertThat(Reader.reachOf(Set.of(role, Role.COMPANY_MEMBER))).as("%s", role).isEqualTo(Visibility.ADVISORS);
			}
		}

		@Test
		void aCompanysOwnMembersSeeEverythingOfTheirCompanyOnly() {
			Reader member = new Reader(Visibility.NETWORK, Set.of(own), Set.of(), false);
			assertThat(member.sees(own, Visibility.ADVISORS)).isTrue();
			assertThat(member.sees(other, Visibility.ADVISORS)).isFalse();
			assertThat(member.sees(other, Visibility.NETWORK)).isTrue();
			assertThat(member.seesSettings(own)).isTrue();
			assertThat(member.seesSettings(other)).isFalse();
		}

		@Test
		void onlyTheCompanysAdminsAndPlatformAdminsMayEdit() {
			assertThat(new Reader(Visibility.NETWORK, Set.of(own), Set.of(), false).mayEdit(own)).isFalse();
			assertThat(new Reader(Visibility.NETWORK, Set.of(own), Set.of(own), false).mayEdit(own)).isTrue();
			assertThat(new Reader(Visibility.NETWORK, Set.of(own), Set.of(own), false).mayEdit(other)).isFalse();
			assertThat(new Reader(Visibility.ADVISORS, Set.of(), Set.of(), false).mayEdit(other)).isFalse();
			assertThat(new Reader(Visibility.ADVISORS, Set.of(), Set.of(), true).mayEdit(other)).isTrue();
			assertThat(Reader.VISITOR.mayEdit(own)).isFalse();
		}

	}

	@Nested
	class TagLists {

		@Test
		void tagsAreSplitTrimmedCollapsedAndDeduplicatedIgnoringCase() {
			assertThat(Tags.parse("  CNC-Fräsen \n\nDruckguss,  Hochvolt-   Kabelsätze ; cnc-fräsen\r\nIATF  16949"))
				.containsExactly("CNC-Fräsen", "Druckguss", "Hochvolt- Kabelsätze", "IATF 16949");
			assertThat(Tags.parse(" \n , ; ")).isEmpty();
		}

		@Test
		void tagsAreComparedInLowerCase() {
			assertThat(Tags.key("  CNC-FRÄSEN ")).isEqualTo("cnc-fräsen");
			assertThat(Tags.format(List.of("A", "B"))).isEqualTo("A\nB");
		}

		@Test
		void searchWordsCarryNoQuerySyntax() {
			assertThat(TextQuery.words("Druck&guss | !Zwickau:* (29.32)")).containsExactly("druck", "guss", "zwickau",
					"29", "32");
			assertThat(TextQuery.words("a b c d e f g h")).hasSize(TextQuery.MAX_WORDS);
			assertThat(TextQuery.contains("50%_x")).isEqualTo("%50\\%\\_x%");
		}

	}

	@Nested
	class Rules {

		private final Predicate<String> districts = Set.of("zwickau", "chemnitz")::contains;
		private final Predicate<String> subclasses = Set.of("29.32.0")::contains;

		@Test
		void completeDetailsHaveNoProblem() {
			assertThat(ProfileRules.check(valid().build(), districts, subclasses)).isEmpty();
		}

		@Test
		void everyRequiredDetailIsReportedAtItsField() {
			ProfileDetails empty = new ProfileDetails(" ", null, "", null, "", "", null, "", null, Set.of(), null, List.of(),
					List.of(), null, Map.of());
			assertThat(ProfileRules.check(empty, districts, subclasses)).extracting(FieldProblem::field)
				.containsExactlyInAnyOrder("name", "legalForm", "street", "postcode", "city", "districtCode", "employees",
						"industryCode", "position", "combustionShare", "basicVisibility", "addressVisibility",
						"sizeVisibility", "portfolioVisibility", "combustionVisibility", "capabilitiesVisibility",
						"contactVisibility");
			assertThat(ProfileRules.check(empty, districts, subclasses)).extracting(FieldProblem::messageKey)
				.containsOnly("common.validation.required");
		}

		@Test
		void lengthsAndFormatsAreChecked() {
			assertThat(problems(valid().name("x".repeat(201)))).containsExactly(
					FieldProblem.of("name", "directory.validation.max-length", 200));
			assertThat(problems(valid().postcode("0811"))).containsExactly(
					FieldProblem.of("postcode", "common.validation.postcode"));
			assertThat(problems(valid().description("x".repeat(4001)))).containsExactly(
					FieldProblem.of("description", "directory.validation.max-length", 4000));
			assertThat(problems(valid().description("x".repeat(4000)))).isEmpty();
		}

		@Test
		void employeesAndCombustionShareMustBeInRange() {
			assertThat(problems(valid().employees(0))).containsExactly(
					FieldProblem.of("employees", "directory.validation.range", 1, ProfileRules.MAX_EMPLOYEES));
			assertThat(problems(valid().employees(1))).isEmpty();
			assertThat(problems(valid().combustionShare(101))).containsExactly(
					FieldProblem.of("combustionShare", "directory.validation.range", 0, 100));
			assertThat(problems(valid().combustionShare(-1))).hasSize(1);
			assertThat(problems(valid().combustionShare(0))).isEmpty();
			assertThat(problems(valid().combustionShare(100))).isEmpty();
		}

		@Test
		void districtAndIndustryMustBeKnownAndTheIndustryASubclass() {
			assertThat(problems(valid().district("paris"))).containsExactly(
					FieldProblem.of("districtCode", "directory.validation.unknown-district"));
			assertThat(problems(valid().industry("29.32"))).containsExactly(
					FieldProblem.of("industryCode", "directory.validation.industry-code"));
		}

		@Test
		void tagsHaveAMaximumCountAndLength() {
			List<String> many = java.util.stream.IntStream.rangeClosed(1, 21).mapToObj(i -> "Kompetenz " + i).toList();
			assertThat(problems(valid().capabilities(many))).containsExactly(
					FieldProblem.of("capabilities", "directory.validation.too-many-tags", 20, 21));
			assertThat(problems(valid().capabilities(many.subList(0, 20)))).isEmpty();
			String tooLong = "x".repeat(Tags.MAX_LENGTH + 1);
			assertThat(problems(valid().certifications(List.of("ISO 9001", tooLong)))).containsExactly(
					FieldProblem.of("certifications", "directory.validation.tag-too-long", tooLong, Tags.MAX_LENGTH));
			List<String> elevenCertificates = java.util.stream.IntStream.rangeClosed(1, 11).mapToObj(i -> "ISO " + i).toList();
			assertThat(problems(valid().certifications(elevenCertificates))).extracting(FieldProblem::messageKey)
				.containsExactly("directory.validation.too-many-tags");
		}

		@Test
		void contactDetailsAreOptionalButMustBeAWebAddressAPhoneNumberAndAnEmailAddress() {
			assertThat(problems(valid().contact(new ContactDetails("https://www.beispiel.de/kontakt?a=1", "+49 (371) 123-45/6",
					"info@beispiel.de", "Erika Muster")))).isEmpty();
			assertThat(problems(valid().contact(new ContactDetails(" ", "", null, "  ")))).isEmpty();
			for (String website : List.of("javascript:alert(1)", "www.beispiel.de", "ftp://beispiel.de", "https://",
					"https://bei spiel.de", "https://" + "x".repeat(300) + ".de")) {
				assertThat(problems(valid().contact(new ContactDetails(website, null, null, null)))).as(website)
					.containsExactly(FieldProblem.of("website", "common.validation.url"));
			}
			for (String phone : List.of("0371 abc", "+", "--/--", "1".repeat(40))) {
				assertThat(problems(valid().contact(new ContactDetails(null, phone, null, null)))).as(phone)
					.containsExactly(FieldProblem.of("phone", "common.validation.phone"));
			}
			for (String email : List.of("info", "info@beispiel", "a b@beispiel.de", "Info <info@beispiel.de>",
					"info@beispiel.de.", "info@@beispiel.de")) {
				assertThat(problems(valid().contact(new ContactDetails(null, null, email, null)))).as(email)
					.containsExactly(FieldProblem.of("email", "common.validation.email"));
			}
			assertThat(problems(valid().contact(new ContactDetails(null, null, null, "x".repeat(201))))).containsExactly(
					FieldProblem.of("contactPerson", "directory.validation.max-length", 200));
		}

		@Test
		void noGroupIsVisibleToMorePeopleThanTheBasicGroup() {
			assertThat(problems(valid().visibility(FieldGroup.BASIC, Visibility.NETWORK)
				.visibility(FieldGroup.ADDRESS, Visibility.PUBLIC)
				.visibility(FieldGroup.COMBUSTION, Visibility.ADVISORS))).containsExactlyInAnyOrder(
						FieldProblem.of("addressVisibility", "directory.validation.wider-than-basic"),
						FieldProblem.of("sizeVisibility", "directory.validation.wider-than-basic"),
						FieldProblem.of("portfolioVisibility", "directory.validation.wider-than-basic"),
						FieldProblem.of("capabilitiesVisibility", "directory.validation.wider-than-basic"),
						FieldProblem.of("contactVisibility", "directory.validation.wider-than-basic"));
			Builder narrow = valid();
			for (FieldGroup group : FieldGroup.values()) {
				narrow.visibility(group, Visibility.ADVISORS);
			}
			assertThat(problems(narrow)).isEmpty();
		}

		private List<FieldProblem> problems(Builder builder) {
			return ProfileRules.check(builder.build(), districts, subclasses);
		}

	}

	static Builder valid() {
		return new Builder();
	}

	/** Valid profile details, changed one detail at a time. */
	static final class Builder {

		private String name = "Testwerk GmbH (fiktiv)";
		private String postcode = "08056";
		private String district = "zwickau";
		private int employees = 120;
		private String industry = "29.32.0";
		private int combustionShare = 40;
		private List<String> capabilities = List.of("CNC-Fräsen");
		private List<String> certifications = List.of("IATF 16949");
		private String description = "Ein fiktives Unternehmen.";
		private final Map<FieldGroup, Visibility> visibilities = new EnumMap<>(FieldGroup.class);
		private ContactDetails contact = ContactDetails.NONE;

		Builder() {
			for (FieldGroup group : FieldGroup.values()) {
				visibilities.put(group, Visibility.PUBLIC);
			}
		}

		Builder name(String value) {
			name = value;
			return this;
		}

		Builder postcode(String value) {
			postcode = value;
			return this;
		}

		Builder district(String value) {
			district = value;
			return this;
		}

		Builder employees(int value) {
			employees = value;
			return this;
		}

		Builder industry(String value) {
			industry = value;
			return this;
		}

		Builder combustionShare(int value) {
			combustionShare = value;
			return this;
		}

		Builder capabilities(List<String> value) {
			capabilities = value;
			return this;
		}

		Builder certifications(List<String> value) {
			certifications = value;
			return this;
		}

		Builder description(String value) {
			description = value;
			return this;
		}

		Builder contact(ContactDetails value) {
			contact = value;
			return this;
		}

		Builder visibility(FieldGroup group, Visibility visibility) {
			visibilities.put(group, visibility);
			return this;
		}

		ProfileDetails build() {
			return new ProfileDetails(name, LegalForm.GMBH, "Teststraße 1", postcode, "Zwickau", district, employees,
					industry, ValueChainPosition.TIER_2, Set.of(ProductGroup.DRIVETRAIN_CHASSIS), combustionShare,
					capabilities, certifications, description, visibilities, contact);
		}

	}

}
