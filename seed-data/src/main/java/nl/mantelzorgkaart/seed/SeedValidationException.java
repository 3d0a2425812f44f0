package nl.mantelzorgkaart.seed;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when the dataset has problems; nothing has been written when it is thrown. */
public class SeedValidationException extends RuntimeException {

	private final List<SeedProblem> problems;

	public SeedValidationException(List<SeedProblem> problems) {
		super(describe(problems));
		this.problems = List.copyOf(problems);
	}

	public List<SeedProblem> problems() {
		return this.problems;
	}

	private static String describe(List<SeedProblem> problems) {
		return problems.size() + " problem(s) in the seed data, nothing was written:\n"
				+ problems.stream().map((problem) -> "  - " + problem).collect(Collectors.joining("\n"));
	}

}
