export namespace app {
	
	export class Appointment {
	    id: string;
	    title: string;
	    description: string;
	    start: string;
	    end: string;
	    private: boolean;
	    source: string;
	    repeating: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Appointment(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.description = source["description"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.private = source["private"];
	        this.source = source["source"];
	        this.repeating = source["repeating"];
	    }
	}
	export class ClientCard {
	    id: string;
	    name: string;
	    photoUrl: string;
	    rights: string[];
	    admin: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ClientCard(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.photoUrl = source["photoUrl"];
	        this.rights = source["rights"];
	        this.admin = source["admin"];
	    }
	}
	export class ClientInput {
	    clientId: string;
	
	    static createFrom(source: any = {}) {
	        return new ClientInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	    }
	}
	export class CodeInput {
	    code: string;
	
	    static createFrom(source: any = {}) {
	        return new CodeInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.code = source["code"];
	    }
	}
	export class ForgotPasswordInput {
	    userName: string;
	    email: string;
	
	    static createFrom(source: any = {}) {
	        return new ForgotPasswordInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.userName = source["userName"];
	        this.email = source["email"];
	    }
	}
	export class HomeView {
	    client: ClientCard;
	    nextAppointments: Appointment[];
	    unreadMessages: number;
	    lastSync: string;
	    offline: boolean;
	
	    static createFrom(source: any = {}) {
	        return new HomeView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.client = this.convertValues(source["client"], ClientCard);
	        this.nextAppointments = this.convertValues(source["nextAppointments"], Appointment);
	        this.unreadMessages = source["unreadMessages"];
	        this.lastSync = source["lastSync"];
	        this.offline = source["offline"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class NewPasswordInput {
	    newPassword: string;
	
	    static createFrom(source: any = {}) {
	        return new NewPasswordInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.newPassword = source["newPassword"];
	    }
	}
	export class User {
	    id: string;
	    userName: string;
	    displayName: string;
	    email: string;
	    phoneHint: string;
	
	    static createFrom(source: any = {}) {
	        return new User(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.userName = source["userName"];
	        this.displayName = source["displayName"];
	        this.email = source["email"];
	        this.phoneHint = source["phoneHint"];
	    }
	}
	export class SessionStatus {
	    signedIn: boolean;
	    user: User;
	    serverUrl: string;
	    kiosk: boolean;
	    kioskEnrolled: boolean;
	    keyringOk: boolean;
	    notice: string;
	    language: string;
	
	    static createFrom(source: any = {}) {
	        return new SessionStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.signedIn = source["signedIn"];
	        this.user = this.convertValues(source["user"], User);
	        this.serverUrl = source["serverUrl"];
	        this.kiosk = source["kiosk"];
	        this.kioskEnrolled = source["kioskEnrolled"];
	        this.keyringOk = source["keyringOk"];
	        this.notice = source["notice"];
	        this.language = source["language"];
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}
	export class SignInInput {
	    userName: string;
	    password: string;
	
	    static createFrom(source: any = {}) {
	        return new SignInInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.userName = source["userName"];
	        this.password = source["password"];
	    }
	}
	export class SignInStep {
	    next: string;
	    phoneHint: string;
	    user: User;
	
	    static createFrom(source: any = {}) {
	        return new SignInStep(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.next = source["next"];
	        this.phoneHint = source["phoneHint"];
	        this.user = this.convertValues(source["user"], User);
	    }
	
		convertValues(a: any, classs: any, asMap: boolean = false): any {
		    if (!a) {
		        return a;
		    }
		    if (a.slice && a.map) {
		        return (a as any[]).map(elem => this.convertValues(elem, classs));
		    } else if ("object" === typeof a) {
		        if (asMap) {
		            for (const key of Object.keys(a)) {
		                a[key] = new classs(a[key]);
		            }
		            return a;
		        }
		        return new classs(a);
		    }
		    return a;
		}
	}

}

