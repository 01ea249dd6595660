package de.itas.platform.trainings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The registration form's choice of an employee reads back exactly the company and member it names. */
class EmployeeChoiceUnitTests {

	private final UUID company = UUID.fromString("6f1c1f4e-8a43-4c55-9a34-0c1d2e3f4a5b");

	private final UUID member = UUID.fromString("0b9d7a6e-1f2a-4b3c-8d4e-5f6a7b8c9d0e");

	@Test
	void theFormValueNamesCompanyAndMember() {
		EmployeeChoice choice = new EmployeeChoice(new EmployeeChoice.Key(company, member), "Anna Beispiel",
				"Muldental Antriebstechnik GmbH");
		assertThat(EmployeeChoice.Key.parse(choice.value())).contains(new EmployeeChoice.Key(company, member));
		assertThat(choice.label()).isEqualTo("Anna Beispiel (Muldental Antriebstechnik GmbH)");
	}

	@Test
	void anythingElseNamesNobody() {
		assertThat(EmployeeChoice.Key.parse("")).isEmpty();
		assertThat(EmployeeChoice.Key.parse(company.toString())).isEmpty();
		assertThat(EmployeeChoice.Key.parse(company + ":" + member + ":" + member)).isEmpty();
		assertThat(EmployeeChoice.Key.parse(company + ":kein-mitglied")).isEmpty();
		assertThat(EmployeeChoice.Key.parse(":" + member)).isEmpty();
	}

}
