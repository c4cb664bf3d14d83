package app

// Invitation is pending access to a portal (AUTH-7): the user accepts it
// before that portal opens, or reports it as unknown.
type Invitation struct {
	ID         string `json:"id"`
	ClientID   string `json:"clientId"`
	ClientName string `json:"clientName"`
	InvitedBy  string `json:"invitedBy"`
	CreatedAt  string `json:"createdAt"`
}

// InvitationInput names one invitation.
type InvitationInput struct {
	ID string `json:"id"`
}

// Invitations lists the signed-in user's pending invitations.
func (s *SessionService) Invitations() ([]Invitation, error) {
	me, err := s.core.client.Me(s.core.context())
	if err != nil {
		return nil, toUI(err)
	}
	out := make([]Invitation, 0, len(me.Invitations))
	for _, inv := range me.Invitations {
		out = append(out, Invitation{ID: inv.ID, ClientID: inv.ClientID,
			ClientName: inv.ClientName, InvitedBy: inv.InvitedBy, CreatedAt: inv.CreatedAt})
	}
	return out, nil
}

// AcceptInvitation accepts an invitation; the portal then opens, and its
// content syncs like that of any other portal.
func (s *SessionService) AcceptInvitation(in InvitationInput) error {
	if err := sendNow(s.core, "POST", "/invitations/"+in.ID+"/accept", nil, nil); err != nil {
		return err
	}
	s.core.refreshMe()
	return nil
}

// ReportInvitation tells the organisation's helpdesk that the user does
// not know who invited them.
func (s *SessionService) ReportInvitation(in InvitationInput) error {
	return sendNow(s.core, "POST", "/invitations/"+in.ID+"/report", nil, nil)
}
