package de.itas.platform.skills.engine;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.function.Supplier;

/**
 * Working arrays that a query needs in the size of the whole index (one slot per label or per occupation),
 * lent to one query at a time and taken back, so that a search does not allocate and clear them anew. A
 * query that finds none free gets new ones; only as many as the machine has cores are kept, so an idle
 * index holds little and a busy one no more than its threads can use at once. Thread-safe.
 */
final class ScratchPool<T> {

	private final ArrayBlockingQueue<T> free;

	private final Supplier<T> factory;

	ScratchPool(Supplier<T> factory) {
		this.factory = factory;
		this.free = new ArrayBlockingQueue<>(Math.max(2, Runtime.getRuntime().availableProcessors()));
	}

	/** A free instance; the caller gives it back with {@link #give} in the state the factory makes it. */
	T take() {
		T scratch = free.poll();
		return scratch != null ? scratch : factory.get();
	}

	void give(T scratch) {
		free.offer(scratch);
	}

}
