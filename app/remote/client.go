// Package remote is the desktop app's typed client for the portal API,
// built on resty. Only idempotent requests are retried.
package remote

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"

	"github.com/go-resty/resty/v2"

	"kring/backend/api"
)

// ErrOffline means the server could not be reached.
var ErrOffline = errors.New("server unreachable")

// Client talks to one portal server.
type Client struct {
	http   *resty.Client
	stream *resty.Client

	mu      sync.Mutex
	session string
}

// New returns a client for the server at baseURL.
func New(baseURL string) *Client {
	r := resty.New().
		SetBaseURL(baseURL+"/api/v1").
		SetTimeout(15*time.Second).
		SetHeader("Accept", "application/json").
		SetRetryCount(3).
		SetRetryWaitTime(300 * time.Millisecond).
		SetRetryMaxWaitTime(3 * time.Second)
	r.AddRetryCondition(retryIdempotent)
	// Failures reach the caller as errors; resty's own log lines would
	// only repeat them, with URLs that name clients.
	r.SetLogger(quiet{})
	// The live stream stays open for as long as the app runs: no timeout.
	st := resty.New().SetBaseURL(baseURL + "/api/v1").SetLogger(quiet{})
	return &Client{http: r, stream: st}
}

// retryIdempotent retries reads and keyed writes after a network failure or a
// 502/503/504, and nothing else: a write without a key could land twice.
func retryIdempotent(resp *resty.Response, err error) bool {
	req := resp.Request
	if req == nil {
		return false
	}
	safe := req.Method == http.MethodGet || req.Method == http.MethodHead ||
		req.Header.Get("Idempotency-Key") != ""
	if !safe {
		return false
	}
	if err != nil {
		return true
	}
	switch resp.StatusCode() {
	case http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		return true
	}
	return false
}

// SetSession sets the session token sent with every request.
func (c *Client) SetSession(token string) {
	c.mu.Lock()
	c.session = token
	c.mu.Unlock()
}

// Session returns the current session token.
func (c *Client) Session() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.session
}

// request prepares a request with the session and an error target.
func (c *Client) request(ctx context.Context) *resty.Request {
	r := c.http.R().SetContext(ctx).SetError(&api.Error{})
	if s := c.Session(); s != "" {
		r.SetAuthToken(s)
	}
	return r
}

// do runs a request and turns failures into *api.Error or ErrOffline.
func do(resp *resty.Response, err error) error {
	if err != nil {
		var netErr net.Error
		if errors.As(err, &netErr) || errors.Is(err, context.DeadlineExceeded) {
			return fmt.Errorf("%w: %w", ErrOffline, err)
		}
		return fmt.Errorf("%w: %w", ErrOffline, err)
	}
	switch resp.StatusCode() {
	case http.StatusBadGateway, http.StatusServiceUnavailable, http.StatusGatewayTimeout:
		// A proxy or a server in maintenance: as good as unreachable.
		return fmt.Errorf("%w: status %d", ErrOffline, resp.StatusCode())
	}
	if resp.IsError() {
		if apiErr, ok := resp.Error().(*api.Error); ok && apiErr.Code != "" {
			return apiErr
		}
		return &api.Error{Code: api.CodeInternal,
			Message: fmt.Sprintf("unexpected status %d", resp.StatusCode())}
	}
	return nil
}

// SignIn sends user name and password.
func (c *Client) SignIn(ctx context.Context, in api.SignInRequest) (api.SignInResponse, error) {
	var out api.SignInResponse
	err := do(c.request(ctx).SetBody(in).SetResult(&out).Post("/session"))
	return out, err
}

// NewPassword replaces an issued password during sign-in.
func (c *Client) NewPassword(ctx context.Context, in api.NewPasswordRequest) (api.SignInResponse, error) {
	var out api.SignInResponse
	err := do(c.request(ctx).SetBody(in).SetResult(&out).Post("/session/new-password"))
	return out, err
}

// VerifyCode sends the SMS code.
func (c *Client) VerifyCode(ctx context.Context, in api.CodeRequest) (api.SignInResponse, error) {
	var out api.SignInResponse
	err := do(c.request(ctx).SetBody(in).SetResult(&out).Post("/session/code"))
	return out, err
}

// ResendCode asks for a new SMS code.
func (c *Client) ResendCode(ctx context.Context, in api.ResendRequest) (api.SignInResponse, error) {
	var out api.SignInResponse
	err := do(c.request(ctx).SetBody(in).SetResult(&out).Post("/session/code/resend"))
	return out, err
}

// ForgotPassword asks for a reset mail.
func (c *Client) ForgotPassword(ctx context.Context, in api.ForgotPasswordRequest) error {
	return do(c.request(ctx).SetBody(in).Post("/password/forgot"))
}

// SignOut ends the session on the server.
func (c *Client) SignOut(ctx context.Context) error {
	return do(c.request(ctx).Delete("/session"))
}

// Me fetches the user, their portals and invitations.
func (c *Client) Me(ctx context.Context) (api.Me, error) {
	var out api.Me
	err := do(c.request(ctx).SetResult(&out).Get("/me"))
	return out, err
}

// quiet is a resty logger that drops everything.
type quiet struct{}

func (quiet) Errorf(string, ...any) {}
func (quiet) Warnf(string, ...any)  {}
func (quiet) Debugf(string, ...any) {}
