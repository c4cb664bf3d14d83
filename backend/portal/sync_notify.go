package portal

import "sync"

// listeners are the callbacks told after a client's portal changed.
type listeners struct {
	mu  sync.RWMutex
	fns []func(clientID string)
}

// OnChange registers fn to be told, after commit, that a client's portal
// changed. The live stream uses it; fn must not block.
func (p *Portal) OnChange(fn func(clientID string)) {
	p.reg.hooks.mu.Lock()
	defer p.reg.hooks.mu.Unlock()
	p.reg.hooks.fns = append(p.reg.hooks.fns, fn)
}

// Notify tells the listeners that clientID's portal changed. Every write
// that called RecordChange calls Notify once its transaction committed;
// a notice before the commit could make a device pull too early.
func (p *Portal) Notify(clientID string) {
	p.reg.hooks.mu.RLock()
	defer p.reg.hooks.mu.RUnlock()
	for _, fn := range p.reg.hooks.fns {
		fn(clientID)
	}
}
