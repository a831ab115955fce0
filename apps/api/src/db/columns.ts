/** Millisecond precision timestamps on both engines (plain MariaDB DATETIME drops them). */
export const timestampColumn = { type: 'datetime', precision: 3 } as const;
