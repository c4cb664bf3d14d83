package server_test

import (
	"testing"

	"kring/backend/api"
	"kring/backend/portal"
	"kring/backend/server/servertest"
)

// TestCreatedPortalOpensForItsAdministrator checks ORG-1's create-portal
// from the first administrator's side: the mail's details sign in, the
// invitation opens the portal, and she manages it with every right.
func TestCreatedPortalOpensForItsAdministrator(t *testing.T) {
	e := servertest.New(t)
	created, err := e.Portal.CreatePortal(t.Context(), portal.NewPortal{ClientName: "Gerrit Jansen",
		AdminGiven: "Els", AdminFamily: "Jansen", AdminGender: "female",
		AdminEmail: "els+vader@example.nl", AdminPhone: "06-13572468", Organisation: "Zorggroep Lindehof"}, e.Auth)
	if err != nil || created.Kind != api.CredentialsAccount {
		t.Fatalf("create portal: %+v, %v", created, err)
	}

	userName, password := credentialsIn(t, acctMail(t, e, "els+vader@example.nl").Body)
	session := signInIssued(t, e, userName, password, "+31613572468")
	var me api.Me
	e.Do(t, "GET", "/me", session, nil, &me)
	if len(me.Invitations) != 1 || me.Invitations[0].InvitedBy != "Zorggroep Lindehof" {
		t.Fatalf("invitations: %+v", me.Invitations)
	}
	status, apiErr := e.Do(t, "POST", "/invitations/"+me.Invitations[0].ID+"/accept", session, nil, nil)
	acctOK(t, "accept", status, apiErr)

	e.Do(t, "GET", "/me", session, nil, &me)
	if len(me.Clients) != 1 || !me.Clients[0].Admin || len(me.Clients[0].Rights) != len(api.Sections) ||
		me.Clients[0].ID != created.ClientID {
		t.Fatalf("portal: %+v", me.Clients)
	}
	var list api.ContactList
	status, apiErr = e.Do(t, "GET", "/clients/"+created.ClientID+"/contacts", session, nil, &list)
	acctOK(t, "manage", status, apiErr)
	if len(list.Contacts) != 1 || list.Contacts[0].Invitation != api.InvitationAccepted {
		t.Fatalf("contacts: %+v", list.Contacts)
	}

	// A second portal for the same person is an invitation, not a new account.
	second, err := e.Portal.CreatePortal(t.Context(), portal.NewPortal{ClientName: "Truus Jansen",
		AdminGiven: "Els", AdminFamily: "Jansen", AdminGender: "female",
		AdminEmail: "ELS+vader@example.nl", AdminPhone: "0613572468", Organisation: "Zorggroep Lindehof"}, e.Auth)
	if err != nil || second.Kind != api.CredentialsInvitation {
		t.Fatalf("second portal: %+v, %v", second, err)
	}
}
