import { describe, expect, it } from 'vitest';
import { dialectOf, sqliteFileOf } from '../../../src/db/dialect.js';

describe('dialectOf', () => {
  it('picks the database from the URL scheme', () => {
    expect(dialectOf('file:./data/agendum.db')).toBe('sqlite');
    expect(dialectOf('postgresql://u@db:5432/agendum')).toBe('postgresql');
    expect(dialectOf('postgres://u@db/agendum')).toBe('postgresql');
  });

  it('rejects other schemes with a config error that names the accepted ones', () => {
    expect(() => dialectOf('mysql://u@db/agendum')).toThrow(/file: \(SQLite\) or postgresql:\/\//);
  });
});

describe('sqliteFileOf', () => {
  it('resolves relative paths against the working directory, not the package', () => {
    expect(sqliteFileOf('file:./data/agendum.db', '/srv/app')).toBe('/srv/app/data/agendum.db');
    expect(sqliteFileOf('file:agendum.db?connection_limit=1', '/srv/app')).toBe('/srv/app/agendum.db');
  });

  it('keeps absolute paths, including the file:/// form', () => {
    expect(sqliteFileOf('file:/var/lib/agendum.db', '/srv/app')).toBe('/var/lib/agendum.db');
    expect(sqliteFileOf('file:///var/lib/agendum.db', '/srv/app')).toBe('/var/lib/agendum.db');
  });
});
