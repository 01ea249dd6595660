package de.itas.platform.shared.loaddata;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs every module's {@link LoadDataGenerator} in order, each in its own transaction (joining the caller's,
 * if there is one: a test rolls everything back that way).
 */
@Component
public class LoadDataGeneration {

	private final List<LoadDataGenerator> generators;
	private final TransactionTemplate transactions;

	LoadDataGeneration(List<LoadDataGenerator> generators, TransactionTemplate transactions) {
		this.generators = generators.stream().sorted(Comparator.comparingInt(LoadDataGenerator::order)).toList();
		this.transactions = transactions;
	}

	/** The generators in the order they run. */
	public List<LoadDataGenerator> generators() {
		return generators;
	}

	/** Generates everything {@code run} asks for. */
	public void generate(LoadDataRun run) {
		for (LoadDataGenerator generator : generators) {
			transactions.executeWithoutResult(status -> generator.generate(run));
		}
	}

}
