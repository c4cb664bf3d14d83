/*
 _       __      _ __
| |     / /___ _(_) /____
| | /| / / __ `/ / / ___/
| |/ |/ / /_/ / / (__  )
|__/|__/\__,_/_/_/____/
The electron alternative for Go
(c) Lea Anthony 2019-present
*/

export interface EnvironmentInfo {
    buildType: string;
    platform: string;
    arch: string;
}

export function LogInfo(message: string): void;

export function LogError(message: string): void;

export function EventsOnMultiple(eventName: string, callback: (...data: any) => void, maxCallbacks: number): () => void;

export function EventsOn(eventName: string, callback: (...data: any) => void): () => void;

export function EventsOff(eventName: string, ...additionalEventNames: string[]): void;

export function EventsEmit(eventName: string, ...data: any): void;

export function WindowSetTitle(title: string): void;

export function BrowserOpenURL(url: string): void;

export function Environment(): Promise<EnvironmentInfo>;

export function Quit(): void;
