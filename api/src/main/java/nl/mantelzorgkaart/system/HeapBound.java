package nl.mantelzorgkaart.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * Says at start-up when the heap has no bound of its own: the JVM then takes a quarter of the machine's memory,
 * and the process grows towards it under load (issue 20: 960 MB to 1.47 GB). The README's commands bound it
 * ({@code -Xmx512m}); this catches a {@code java -jar} without.
 */
@Component
class HeapBound implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(HeapBound.class);

	/** Above this, the bound is taken to be the JVM's default rather than chosen. */
	static final long UNBOUNDED_BYTES = 2L << 30;

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		String warning = warning(Runtime.getRuntime().maxMemory());
		if (warning != null) {
			log.warn(warning);
		}
	}

	/** The warning for this maximum heap, or null when it is bounded. */
	static String warning(long maxHeapBytes) {
		if (maxHeapBytes <= UNBOUNDED_BYTES) {
			return null;
		}
		return String.format(java.util.Locale.ROOT, "The heap may grow to %,d MB (the JVM's default: a quarter of the memory). Bound it: "
				+ "java -Xmx512m -jar mantelzorgkaart.jar (README, Configuration: Memory)", maxHeapBytes >> 20);
	}

}
