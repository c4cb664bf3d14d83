package server

import (
	"errors"
	"html/template"
	"net/http"

	"kring/backend/api"
)

// The reset page (AUTH-10): the link in the reset mail opens it. It is a
// plain HTML form that works without JavaScript, in the app's Dutch voice.

var resetTemplate = template.Must(template.New("reset").Parse(`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{{.Title}} – Kring</title>
<style>
body{font-family:system-ui,sans-serif;font-size:1.25rem;line-height:1.5;color:#1a1a1a;background:#fff;margin:0;padding:1rem}
main{max-width:32rem;margin:0 auto}
h1{font-size:1.75rem}
label{display:block;font-weight:bold;margin-top:1.25rem}
input{font-size:1.25rem;width:100%;box-sizing:border-box;padding:.6rem;border:2px solid #555;border-radius:.4rem}
input:focus{outline:3px solid #1b5fa8;outline-offset:2px}
button{font-size:1.25rem;margin-top:1.5rem;padding:.75rem 1.5rem;border:0;border-radius:.4rem;background:#1b5fa8;color:#fff;cursor:pointer}
.error{border-left:.4rem solid #b00020;background:#fdecee;padding:.75rem 1rem;margin:1rem 0}
.done{border-left:.4rem solid #1e7b34;background:#e8f5eb;padding:.75rem 1rem;margin:1rem 0}
.hint{color:#333;font-size:1.1rem;margin:.25rem 0 0}
</style>
</head>
<body>
<main>
<h1>{{.Title}}</h1>
{{if .Done}}
<p class="done" role="status">Uw wachtwoord is veranderd.</p>
<p>U kunt nu inloggen in Kring met uw nieuwe wachtwoord. U krijgt dan een sms-code op uw mobiele telefoon.</p>
{{else}}
{{if .Error}}<p class="error" role="alert" id="fout">{{.Error}}</p>{{end}}
{{if .Token}}
<form method="post" action="/reset">
<input type="hidden" name="token" value="{{.Token}}">
<label for="password">Nieuw wachtwoord</label>
<p class="hint" id="password-hint">Minstens 8 tekens. Kies geen wachtwoord dat veel mensen gebruiken.</p>
<input id="password" name="password" type="password" autocomplete="new-password" required minlength="8" aria-describedby="password-hint{{if .Error}} fout{{end}}">
<label for="repeat">Typ het nieuwe wachtwoord nog een keer</label>
<input id="repeat" name="repeat" type="password" autocomplete="new-password" required minlength="8">
<button type="submit">Opslaan</button>
</form>
{{end}}
{{end}}
</main>
</body>
</html>
`))

// resetView is what the reset page shows.
type resetView struct {
	Title string
	Token string
	Error string
	Done  bool
}

// resetMessages say in Dutch what went wrong and what to do.
var resetMessages = map[api.Code]string{
	api.CodeResetLinkInvalid: "Deze link werkt niet meer. Een link werkt 10 minuten en maar één keer. " +
		"Vraag in Kring een nieuwe link aan met \"Wachtwoord vergeten\".",
	api.CodePasswordTooShort:  "Het wachtwoord is te kort. Kies een wachtwoord van minstens 8 tekens.",
	api.CodePasswordTooCommon: "Dit wachtwoord gebruiken veel mensen. Kies een ander wachtwoord.",
	api.CodePasswordReused:    "Dit is uw oude wachtwoord. Kies een nieuw wachtwoord.",
}

const resetTitle = "Nieuw wachtwoord kiezen"

// resetPage registers the reset page outside the API.
func (s *Server) resetPage(mux *http.ServeMux) {
	mux.HandleFunc("GET /reset", func(w http.ResponseWriter, r *http.Request) {
		v := resetView{Title: resetTitle, Token: r.URL.Query().Get("token")}
		if v.Token == "" {
			v.Error = resetMessages[api.CodeResetLinkInvalid]
		}
		s.renderReset(w, http.StatusOK, v)
	})
	mux.HandleFunc("POST /reset", s.postReset)
}

func (s *Server) postReset(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 16<<10)
	if err := r.ParseForm(); err != nil {
		s.renderReset(w, http.StatusBadRequest, resetView{Title: resetTitle,
			Error: "Het formulier kwam niet goed aan. Open de link uit de e-mail opnieuw."})
		return
	}
	v := resetView{Title: resetTitle, Token: r.PostForm.Get("token")}
	password := r.PostForm.Get("password")
	if password != r.PostForm.Get("repeat") {
		v.Error = "De twee wachtwoorden zijn niet gelijk. Typ twee keer hetzelfde wachtwoord."
		s.renderReset(w, http.StatusUnprocessableEntity, v)
		return
	}

	err := s.auth.ResetPassword(r.Context(), api.ResetPasswordRequest{Token: v.Token, NewPassword: password})
	var apiErr *api.Error
	switch {
	case err == nil:
		s.renderReset(w, http.StatusOK, resetView{Title: "Wachtwoord veranderd", Done: true})
	case errors.As(err, &apiErr) && resetMessages[apiErr.Code] != "":
		v.Error = resetMessages[apiErr.Code]
		if apiErr.Code == api.CodeResetLinkInvalid {
			v.Token = ""
		}
		s.renderReset(w, apiErr.Code.Status(), v)
	default:
		s.log.Error("reset page failed", "err", err)
		v.Error = "Er ging iets mis. Probeer het over een paar minuten opnieuw."
		s.renderReset(w, http.StatusInternalServerError, v)
	}
}

func (s *Server) renderReset(w http.ResponseWriter, status int, v resetView) {
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'")
	w.WriteHeader(status)
	if err := resetTemplate.Execute(w, v); err != nil {
		s.log.Error("render reset page", "err", err)
	}
}
