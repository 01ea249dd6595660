package de.itas.platform.shared.storage;

/**
 * A {@code bytea} column in which an older version kept files, declared as a bean by the module that owns
 * the table, so that {@link LegacyFileMover} moves its rows' files to the store: the file goes to
 * {@code <module>/<kind>/<uuid>}, the key to {@code storage_key} and the column becomes NULL.
 *
 * @param module the owning module (first segment of the keys)
 * @param kind the second segment of the keys ({@code attachment}, {@code image})
 * @param table the schema-qualified table ({@code helpdesk.attachment}); it has a {@code storage_key} column
 * @param column the {@code bytea} column
 * @param contentTypeColumn the column with the media type, or an SQL literal such as {@code 'application/pdf'}
 */
public record LegacyFileColumn(String module, String kind, String table, String column, String contentTypeColumn) {

	public LegacyFileColumn {
		FileStore.newKey(module, kind);
		for (String name : new String[] { table, column, contentTypeColumn }) {
			if (!name.matches("[a-z_][a-z0-9_.]*|'[a-z0-9/.+-]+'")) {
				throw new IllegalArgumentException("Not an SQL name: " + name);
			}
		}
	}

}
