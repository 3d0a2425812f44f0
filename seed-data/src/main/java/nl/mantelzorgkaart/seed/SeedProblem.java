package nl.mantelzorgkaart.seed;

/**
 * One thing wrong with the dataset, located so that an editor can fix it: the file, the record's id
 * (when it has one), the field (when one is to blame) and the line in the file.
 */
public record SeedProblem(String file, String recordId, String field, int line, String message) {

	@Override
	public String toString() {
		StringBuilder text = new StringBuilder(this.file);
		if (this.line > 0) {
			text.append(':').append(this.line);
		}
		text.append(": ");
		if (this.recordId != null) {
			text.append("record '").append(this.recordId).append("'");
			if (this.field != null) {
				text.append(", field '").append(this.field).append("'");
			}
			text.append(": ");
		}
		else if (this.field != null) {
			text.append("field '").append(this.field).append("': ");
		}
		return text.append(this.message).toString();
	}

}
