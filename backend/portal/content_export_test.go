package portal

// LoaderOf lets the external tests call an entity's sync loader directly.
func (p *Portal) LoaderOf(entity string) Loader { return p.loader(entity) }

// DB lets the external tests hand a loader the database as its Querier.
func (p *Portal) DB() Querier { return p.db }
