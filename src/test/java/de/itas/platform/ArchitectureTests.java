package de.itas.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import jakarta.persistence.Entity;

/** Layering rules that Spring Modulith's module check does not cover. */
@AnalyzeClasses(packagesOf = Platform.class, importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule webCodeNeverTouchesRepositories = noClasses().that()
		.resideInAPackage("..web..")
		.should()
		.dependOnClassesThat()
		.areAssignableTo(Repository.class)
		.because("web code goes through a module's public API");

	@ArchTest
	static final ArchRule entitiesAreNotPublic = classes().that()
		.areAnnotatedWith(Entity.class)
		.should()
		.notBePublic()
		.because("other modules see read models, never aggregates");

	@ArchTest
	static final ArchRule repositoriesAreNotPublic = classes().that()
		.areAssignableTo(Repository.class)
		.should()
		.notBePublic()
		.because("only the module's own API uses its repositories");

	@ArchTest
	static final ArchRule controllersLiveInWebPackages = classes().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.resideInAPackage("..web..")
		.andShould()
		.notBePublic();

	@ArchTest
	static final ArchRule csvFilesForPeopleAreWrittenByTheKernelHelper = noClasses().that()
		.doNotHaveFullyQualifiedName("de.itas.platform.shared.web.CsvExport")
		.and()
		.doNotHaveFullyQualifiedName("de.itas.platform.skills.engine.TaxonomyStore")
		.should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("org.apache.commons.csv.CSVPrinter")
		.because("every CSV a person opens neutralises formula cells (CsvExport); the taxonomy store only "
				+ "feeds PostgreSQL's COPY, where an apostrophe would change the data");

	@ArchTest
	static final ArchRule noFieldInjection = noFields().should()
		.beAnnotatedWith(Autowired.class)
		.because("dependencies come through constructors");

}
