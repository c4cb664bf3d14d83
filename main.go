// Command kring is the Kring desktop app: the Go services of app/ bound to
// the web front end in frontend/dist.
package main

import (
	"embed"
	"flag"
	"log/slog"
	"os"

	"github.com/wailsapp/wails/v2"
	"github.com/wailsapp/wails/v2/pkg/options"
	"github.com/wailsapp/wails/v2/pkg/options/assetserver"

	"kring/app"
)

//go:embed all:frontend/dist
var assets embed.FS

func main() {
	cfg := app.DefaultConfig()
	flag.StringVar(&cfg.ServerURL, "server", cfg.ServerURL,
		"address of the Kring portal server")
	flag.BoolVar(&cfg.Kiosk, "kiosk", cfg.Kiosk,
		"run as a care-home kiosk: full screen, sign-out when idle")
	flag.IntVar(&cfg.KioskIdleSeconds, "kiosk-idle", cfg.KioskIdleSeconds,
		"kiosk: seconds without use before the sign-out countdown starts")
	flag.StringVar(&cfg.DataDir, "data", cfg.DataDir,
		"folder for the encrypted local cache")
	flag.Parse()

	a, err := app.New(cfg)
	if err != nil {
		slog.Error("start app", "err", err)
		os.Exit(1)
	}

	err = wails.Run(&options.App{
		Title:            "Kring",
		Width:            1200,
		Height:           820,
		MinWidth:         800,
		MinHeight:        600,
		Fullscreen:       cfg.Kiosk,
		DisableResize:    false,
		AssetServer:      &assetserver.Options{Assets: assets},
		BackgroundColour: &options.RGBA{R: 255, G: 255, B: 255, A: 255},
		OnStartup:        a.Startup,
		OnShutdown:       a.Shutdown,
		Bind:             a.Services(),
		DragAndDrop:      &options.DragAndDrop{DisableWebViewDrop: true},
	})
	if err != nil {
		slog.Error("run window", "err", err)
		os.Exit(1)
	}
}
