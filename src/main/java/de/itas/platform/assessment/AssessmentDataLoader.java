package de.itas.platform.assessment;

import java.util.Optional;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Before the web server accepts requests: the shipped questionnaire versions, then (with demo data
 * switched on) the demo checks and needs, in one transaction so that a broken file changes nothing.
 */
@Component
class AssessmentDataLoader implements SmartInitializingSingleton {

	private final Questionnaires questionnaires;
	private final Optional<AssessmentDemoData> demo;
	private final TransactionTemplate transactions;

	AssessmentDataLoader(Questionnaires questionnaires, Optional<AssessmentDemoData> demo,
			TransactionTemplate transactions) {
		this.questionnaires = questionnaires;
		this.demo = demo;
		this.transactions = transactions;
	}

	@Override
	public void afterSingletonsInstantiated() {
		transactions.executeWithoutResult(status -> {
			questionnaires.loadShipped();
			demo.ifPresent(AssessmentDemoData::load);
		});
	}

}
