package de.itas.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** Field problems of the kernel and how they reach a form, without Spring's context. */
class FieldProblemsUnitTests {

	/** A form as a controller binds it: what was typed, as text. */
	static class Form {

		private String title = "";

		private String hours = "";

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public String getHours() {
			return hours;
		}

		public void setHours(String hours) {
			this.hours = hours;
		}

	}

	private static BindingResult bound(String title, String hours) {
		Form form = new Form();
		form.setTitle(title);
		form.setHours(hours);
		return new BeanPropertyBindingResult(form, "form");
	}

	@Test
	void aFieldsProblemLandsAtItsFieldWithItsArgumentsAndTheTypedValue() {
		BindingResult errors = bound("x".repeat(300), "40");
		FormErrors.reject(errors, List.of(FieldProblem.of("title", "trainings.error.too-long", 200)));
		FieldError error = errors.getFieldError("title");
		assertThat(error).isNotNull();
		assertThat(error.getCode()).isEqualTo("trainings.error.too-long");
		assertThat(error.getArguments()).containsExactly(200);
		assertThat(error.getRejectedValue()).isEqualTo("x".repeat(300));
		assertThat(errors.hasFieldErrors("hours")).isFalse();
		assertThat(errors.hasGlobalErrors()).isFalse();
	}

	@Test
	void theFormsOwnErrorAtAFieldComesFirstAndOneMessagePerFieldIsShown() {
		BindingResult errors = bound("Kurs", "viele");
		errors.rejectValue("hours", "trainings.error.number");
		FormErrors.reject(errors, new FieldProblems(FieldProblem.of("hours", "trainings.error.required"),
				FieldProblem.of("title", "trainings.error.required"), FieldProblem.of("title", "trainings.error.too-long", 9)));
		assertThat(errors.getFieldErrors("hours")).extracting(FieldError::getCode).containsExactly("trainings.error.number");
		assertThat(errors.getFieldErrors("title")).extracting(FieldError::getCode)
			.containsExactly("trainings.error.required");
	}

	@Test
	void aProblemOfTheWholeInputIsAGlobalError() {
		BindingResult errors = bound("Kurs", "40");
		FormErrors.reject(errors, List.of(FieldProblem.ofForm("trainings.editor.conflict", "Kurs"),
				new FieldProblem(" ", "common.form.stale", List.of())));
		assertThat(errors.getGlobalErrors()).extracting(ObjectError::getCode)
			.containsExactly("trainings.editor.conflict", "common.form.stale");
		assertThat(errors.getGlobalErrors().get(0).getArguments()).containsExactly("Kurs");
		assertThat(errors.hasFieldErrors()).isFalse();
	}

	@Test
	void refusedInputNamesItsFieldsOnceInTheOrderOfTheirFirstProblem() {
		FieldProblems refused = new FieldProblems(List.of(FieldProblem.of("skillUris", "a"), FieldProblem.ofForm("b"),
				FieldProblem.of("formats", "c"), FieldProblem.of("skillUris", "d")));
		assertThat(refused.fields()).containsExactly("skillUris", "formats");
		assertThat(refused.problems()).hasSize(4);
		assertThat(refused).hasMessageContaining("skillUris");
		assertThat(FieldProblems.of("title", "trainings.error.required").problems())
			.containsExactly(new FieldProblem("title", "trainings.error.required", List.of()));
	}

	@Test
	void refusingNeedsAProblemAndNoProblemsRefuseNothing() {
		assertThatThrownBy(() -> new FieldProblems(List.of())).isInstanceOf(IllegalArgumentException.class);
		assertThatCode(() -> FieldProblems.throwIfAny(List.of())).doesNotThrowAnyException();
		assertThatThrownBy(() -> FieldProblems.throwIfAny(List.of(FieldProblem.of("title", "x"))))
			.isInstanceOfSatisfying(FieldProblems.class, ex -> assertThat(ex.fields()).containsExactly("title"));
	}

	@Test
	void problemsAreValuesThatKeepTheirArguments() {
		assertThat(FieldProblem.of("capabilities", "directory.validation.too-many-tags", 20, 21))
			.isEqualTo(new FieldProblem("capabilities", "directory.validation.too-many-tags", List.of(20, 21)));
		assertThat(FieldProblem.ofForm("x").formWide()).isTrue();
		assertThat(FieldProblem.of("title", "x").formWide()).isFalse();
	}

}
