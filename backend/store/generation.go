package store

// Generation counts the write statements and transactions this process
// has finished. Read it before a read whose result is kept (see Cache):
// when it is still the same later, nothing was written here since. It
// rises after a commit, never before, so a read that began after the
// rise sees the write.
func (db *DB) Generation() uint64 { return db.gen.Load() }

// wrote records that a write finished, committed or not.
func (db *DB) wrote() { db.gen.Add(1) }
