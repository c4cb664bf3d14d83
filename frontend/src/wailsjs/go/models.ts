export namespace app {
	
	export class AdoptInput {
	    clientId: string;
	    contactId: string;
	    email: string;
	    phone: string;
	
	    static createFrom(source: any = {}) {
	        return new AdoptInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.contactId = source["contactId"];
	        this.email = source["email"];
	        this.phone = source["phone"];
	    }
	}
	export class AgendaInput {
	    clientId: string;
	    date: string;
	
	    static createFrom(source: any = {}) {
	        return new AgendaInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.date = source["date"];
	    }
	}
	export class Appointment {
	    id: string;
	    title: string;
	    description: string;
	    start: string;
	    end: string;
	    private: boolean;
	    source: string;
	    repeating: boolean;
	    repeat: string;
	    until: string;
	    version: number;
	    occurrence: string;
	    authorName: string;
	    pending: boolean;
	
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
	        this.repeat = source["repeat"];
	        this.until = source["until"];
	        this.version = source["version"];
	        this.occurrence = source["occurrence"];
	        this.authorName = source["authorName"];
	        this.pending = source["pending"];
	    }
	}
	export class AgendaView {
	    from: string;
	    to: string;
	    appointments: Appointment[];
	    lastSync: string;
	    offline: boolean;
	
	    static createFrom(source: any = {}) {
	        return new AgendaView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.from = source["from"];
	        this.to = source["to"];
	        this.appointments = this.convertValues(source["appointments"], Appointment);
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
	
	export class AppointmentInput {
	    clientId: string;
	    id: string;
	    version: number;
	    title: string;
	    description: string;
	    start: string;
	    end: string;
	    private: boolean;
	    repeat: string;
	    until: string;
	
	    static createFrom(source: any = {}) {
	        return new AppointmentInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.id = source["id"];
	        this.version = source["version"];
	        this.title = source["title"];
	        this.description = source["description"];
	        this.start = source["start"];
	        this.end = source["end"];
	        this.private = source["private"];
	        this.repeat = source["repeat"];
	        this.until = source["until"];
	    }
	}
	export class AppointmentConflict {
	    itemId: string;
	    mine: AppointmentInput;
	    theirs: Appointment;
	
	    static createFrom(source: any = {}) {
	        return new AppointmentConflict(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.itemId = source["itemId"];
	        this.mine = this.convertValues(source["mine"], AppointmentInput);
	        this.theirs = this.convertValues(source["theirs"], Appointment);
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
	
	export class AppointmentRef {
	    clientId: string;
	    id: string;
	    version: number;
	
	    static createFrom(source: any = {}) {
	        return new AppointmentRef(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.id = source["id"];
	        this.version = source["version"];
	    }
	}
	export class AuditEntry {
	    at: string;
	    userName: string;
	    section: string;
	    action: string;
	    subject: string;
	
	    static createFrom(source: any = {}) {
	        return new AuditEntry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.at = source["at"];
	        this.userName = source["userName"];
	        this.section = source["section"];
	        this.action = source["action"];
	        this.subject = source["subject"];
	    }
	}
	export class AuditLog {
	    entries: AuditEntry[];
	
	    static createFrom(source: any = {}) {
	        return new AuditLog(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.entries = this.convertValues(source["entries"], AuditEntry);
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
	export class BoardPost {
	    id: string;
	    parentId: string;
	    authorId: string;
	    authorName: string;
	    text: string;
	    createdAt: string;
	    thumbnail: string;
	    mine: boolean;
	    canDelete: boolean;
	    pending: boolean;
	    replies: BoardPost[];
	
	    static createFrom(source: any = {}) {
	        return new BoardPost(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.parentId = source["parentId"];
	        this.authorId = source["authorId"];
	        this.authorName = source["authorName"];
	        this.text = source["text"];
	        this.createdAt = source["createdAt"];
	        this.thumbnail = source["thumbnail"];
	        this.mine = source["mine"];
	        this.canDelete = source["canDelete"];
	        this.pending = source["pending"];
	        this.replies = this.convertValues(source["replies"], BoardPost);
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
	export class BoardView {
	    posts: BoardPost[];
	    lastSync: string;
	    offline: boolean;
	
	    static createFrom(source: any = {}) {
	        return new BoardView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.posts = this.convertValues(source["posts"], BoardPost);
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
	export class Evaluation {
	    id: string;
	    writtenAt: string;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new Evaluation(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.writtenAt = source["writtenAt"];
	        this.text = source["text"];
	    }
	}
	export class GoalAction {
	    id: string;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new GoalAction(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.text = source["text"];
	    }
	}
	export class Goal {
	    id: string;
	    title: string;
	    careQuestion: string;
	    status: string;
	    startDate: string;
	    actions: GoalAction[];
	    evaluations: Evaluation[];
	
	    static createFrom(source: any = {}) {
	        return new Goal(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.careQuestion = source["careQuestion"];
	        this.status = source["status"];
	        this.startDate = source["startDate"];
	        this.actions = this.convertValues(source["actions"], GoalAction);
	        this.evaluations = this.convertValues(source["evaluations"], Evaluation);
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
	export class CarePlan {
	    goals: Goal[];
	    lastSync: string;
	    offline: boolean;
	
	    static createFrom(source: any = {}) {
	        return new CarePlan(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.goals = this.convertValues(source["goals"], Goal);
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
	export class CareTeamMember {
	    id: string;
	    name: string;
	    role: string;
	    phone: string;
	    email: string;
	
	    static createFrom(source: any = {}) {
	        return new CareTeamMember(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	        this.role = source["role"];
	        this.phone = source["phone"];
	        this.email = source["email"];
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
	export class ClientDetails {
	    name: string;
	    birthDate: string;
	    address: string;
	    phone: string;
	    email: string;
	    lastSync: string;
	    offline: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ClientDetails(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.name = source["name"];
	        this.birthDate = source["birthDate"];
	        this.address = source["address"];
	        this.phone = source["phone"];
	        this.email = source["email"];
	        this.lastSync = source["lastSync"];
	        this.offline = source["offline"];
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
	export class ClientSync {
	    clientId: string;
	    lastSync: string;
	
	    static createFrom(source: any = {}) {
	        return new ClientSync(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.lastSync = source["lastSync"];
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
	export class ConflictChoice {
	    itemId: string;
	    keep: string;
	
	    static createFrom(source: any = {}) {
	        return new ConflictChoice(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.itemId = source["itemId"];
	        this.keep = source["keep"];
	    }
	}
	export class Contact {
	    id: string;
	    givenName: string;
	    familyName: string;
	    displayName: string;
	    gender: string;
	    role: string;
	    email: string;
	    phoneHint: string;
	    locked: boolean;
	    admin: boolean;
	    hasAccount: boolean;
	    invitation: string;
	    pending: boolean;
	    rights: string[];
	    self: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Contact(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.givenName = source["givenName"];
	        this.familyName = source["familyName"];
	        this.displayName = source["displayName"];
	        this.gender = source["gender"];
	        this.role = source["role"];
	        this.email = source["email"];
	        this.phoneHint = source["phoneHint"];
	        this.locked = source["locked"];
	        this.admin = source["admin"];
	        this.hasAccount = source["hasAccount"];
	        this.invitation = source["invitation"];
	        this.pending = source["pending"];
	        this.rights = source["rights"];
	        this.self = source["self"];
	    }
	}
	export class ContactRef {
	    clientId: string;
	    contactId: string;
	
	    static createFrom(source: any = {}) {
	        return new ContactRef(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.contactId = source["contactId"];
	    }
	}
	export class Conversation {
	    id: string;
	    title: string;
	    participants: string[];
	    lastMessageAt: string;
	    lastText: string;
	    unread: number;
	    pending: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Conversation(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.participants = source["participants"];
	        this.lastMessageAt = source["lastMessageAt"];
	        this.lastText = source["lastText"];
	        this.unread = source["unread"];
	        this.pending = source["pending"];
	    }
	}
	export class Message {
	    id: string;
	    conversationId: string;
	    authorId: string;
	    authorName: string;
	    text: string;
	    createdAt: string;
	    mine: boolean;
	    pending: boolean;
	    unread: boolean;
	
	    static createFrom(source: any = {}) {
	        return new Message(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.conversationId = source["conversationId"];
	        this.authorId = source["authorId"];
	        this.authorName = source["authorName"];
	        this.text = source["text"];
	        this.createdAt = source["createdAt"];
	        this.mine = source["mine"];
	        this.pending = source["pending"];
	        this.unread = source["unread"];
	    }
	}
	export class ConversationView {
	    conversation: Conversation;
	    messages: Message[];
	
	    static createFrom(source: any = {}) {
	        return new ConversationView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.conversation = this.convertValues(source["conversation"], Conversation);
	        this.messages = this.convertValues(source["messages"], Message);
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
	export class CredentialsResult {
	    kind: string;
	    contact: Contact;
	
	    static createFrom(source: any = {}) {
	        return new CredentialsResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.kind = source["kind"];
	        this.contact = this.convertValues(source["contact"], Contact);
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
	export class Document {
	    id: string;
	    title: string;
	    kind: string;
	    writtenAt: string;
	    contentType: string;
	    content: string;
	
	    static createFrom(source: any = {}) {
	        return new Document(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.kind = source["kind"];
	        this.writtenAt = source["writtenAt"];
	        this.contentType = source["contentType"];
	        this.content = source["content"];
	    }
	}
	export class EnrolKioskInput {
	    code: string;
	
	    static createFrom(source: any = {}) {
	        return new EnrolKioskInput(source);
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
	    latestUnread: Message[];
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
	        this.latestUnread = this.convertValues(source["latestUnread"], Message);
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
	export class Invitation {
	    id: string;
	    clientId: string;
	    clientName: string;
	    invitedBy: string;
	    createdAt: string;
	
	    static createFrom(source: any = {}) {
	        return new Invitation(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.clientId = source["clientId"];
	        this.clientName = source["clientName"];
	        this.invitedBy = source["invitedBy"];
	        this.createdAt = source["createdAt"];
	    }
	}
	export class InvitationInput {
	    id: string;
	
	    static createFrom(source: any = {}) {
	        return new InvitationInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	    }
	}
	export class LanguageInput {
	    language: string;
	
	    static createFrom(source: any = {}) {
	        return new LanguageInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.language = source["language"];
	    }
	}
	export class MatchInput {
	    clientId: string;
	    firstName: string;
	    lastName: string;
	    email: string;
	
	    static createFrom(source: any = {}) {
	        return new MatchInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.firstName = source["firstName"];
	        this.lastName = source["lastName"];
	        this.email = source["email"];
	    }
	}
	
	export class NewContactInput {
	    clientId: string;
	    givenName: string;
	    familyName: string;
	    gender: string;
	    email: string;
	    phone: string;
	
	    static createFrom(source: any = {}) {
	        return new NewContactInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.givenName = source["givenName"];
	        this.familyName = source["familyName"];
	        this.gender = source["gender"];
	        this.email = source["email"];
	        this.phone = source["phone"];
	    }
	}
	export class NewConversationInput {
	    clientId: string;
	    title: string;
	    text: string;
	    recipientIds: string[];
	
	    static createFrom(source: any = {}) {
	        return new NewConversationInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.title = source["title"];
	        this.text = source["text"];
	        this.recipientIds = source["recipientIds"];
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
	export class NewPostInput {
	    clientId: string;
	    parentId: string;
	    text: string;
	    photo: string;
	    photoType: string;
	
	    static createFrom(source: any = {}) {
	        return new NewPostInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.parentId = source["parentId"];
	        this.text = source["text"];
	        this.photo = source["photo"];
	        this.photoType = source["photoType"];
	    }
	}
	export class OccurrenceInput {
	    clientId: string;
	    id: string;
	    version: number;
	    occurrence: string;
	    cancel: boolean;
	    start: string;
	    end: string;
	
	    static createFrom(source: any = {}) {
	        return new OccurrenceInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.id = source["id"];
	        this.version = source["version"];
	        this.occurrence = source["occurrence"];
	        this.cancel = source["cancel"];
	        this.start = source["start"];
	        this.end = source["end"];
	    }
	}
	export class OutboxEditInput {
	    id: string;
	    title: string;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new OutboxEditInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.title = source["title"];
	        this.text = source["text"];
	    }
	}
	export class OutboxEntry {
	    id: string;
	    clientId: string;
	    kind: string;
	    state: string;
	    errorCode: string;
	    createdAt: string;
	    summary: string;
	    blockedBy: string;
	
	    static createFrom(source: any = {}) {
	        return new OutboxEntry(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.clientId = source["clientId"];
	        this.kind = source["kind"];
	        this.state = source["state"];
	        this.errorCode = source["errorCode"];
	        this.createdAt = source["createdAt"];
	        this.summary = source["summary"];
	        this.blockedBy = source["blockedBy"];
	    }
	}
	export class OutboxItemInput {
	    id: string;
	
	    static createFrom(source: any = {}) {
	        return new OutboxItemInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	    }
	}
	export class OutboxResult {
	    itemId: string;
	    state: string;
	    errorCode: string;
	    recordId: string;
	
	    static createFrom(source: any = {}) {
	        return new OutboxResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.itemId = source["itemId"];
	        this.state = source["state"];
	        this.errorCode = source["errorCode"];
	        this.recordId = source["recordId"];
	    }
	}
	export class PasswordInput {
	    oldPassword: string;
	    newPassword: string;
	
	    static createFrom(source: any = {}) {
	        return new PasswordInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.oldPassword = source["oldPassword"];
	        this.newPassword = source["newPassword"];
	    }
	}
	export class PhoneChange {
	    phoneHint: string;
	
	    static createFrom(source: any = {}) {
	        return new PhoneChange(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.phoneHint = source["phoneHint"];
	    }
	}
	export class PhoneInput {
	    phone: string;
	
	    static createFrom(source: any = {}) {
	        return new PhoneInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.phone = source["phone"];
	    }
	}
	export class PhotoInput {
	    photo: string;
	    photoType: string;
	
	    static createFrom(source: any = {}) {
	        return new PhotoInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.photo = source["photo"];
	        this.photoType = source["photoType"];
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
	export class Profile {
	    user: User;
	    language: string;
	
	    static createFrom(source: any = {}) {
	        return new Profile(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.user = this.convertValues(source["user"], User);
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
	export class Recipient {
	    id: string;
	    name: string;
	
	    static createFrom(source: any = {}) {
	        return new Recipient(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.name = source["name"];
	    }
	}
	export class RecordRef {
	    clientId: string;
	    id: string;
	
	    static createFrom(source: any = {}) {
	        return new RecordRef(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.id = source["id"];
	    }
	}
	export class ReplyInput {
	    clientId: string;
	    conversationId: string;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new ReplyInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.conversationId = source["conversationId"];
	        this.text = source["text"];
	    }
	}
	export class Report {
	    id: string;
	    writtenAt: string;
	    authorName: string;
	    authorRole: string;
	    title: string;
	    text: string;
	
	    static createFrom(source: any = {}) {
	        return new Report(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.writtenAt = source["writtenAt"];
	        this.authorName = source["authorName"];
	        this.authorRole = source["authorRole"];
	        this.title = source["title"];
	        this.text = source["text"];
	    }
	}
	export class ReportPage {
	    reports: Report[];
	    total: number;
	    more: boolean;
	    next: string;
	    lastSync: string;
	    offline: boolean;
	
	    static createFrom(source: any = {}) {
	        return new ReportPage(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.reports = this.convertValues(source["reports"], Report);
	        this.total = source["total"];
	        this.more = source["more"];
	        this.next = source["next"];
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
	export class ReportView {
	    report: Report;
	    prevId: string;
	    nextId: string;
	
	    static createFrom(source: any = {}) {
	        return new ReportView(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.report = this.convertValues(source["report"], Report);
	        this.prevId = source["prevId"];
	        this.nextId = source["nextId"];
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
	export class ReportsInput {
	    clientId: string;
	    before: string;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new ReportsInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.before = source["before"];
	        this.limit = source["limit"];
	    }
	}
	export class RightInput {
	    clientId: string;
	    contactId: string;
	    section: string;
	    granted: boolean;
	
	    static createFrom(source: any = {}) {
	        return new RightInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.contactId = source["contactId"];
	        this.section = source["section"];
	        this.granted = source["granted"];
	    }
	}
	export class RightResult {
	    contact: Contact;
	    offerCredentials: boolean;
	
	    static createFrom(source: any = {}) {
	        return new RightResult(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.contact = this.convertValues(source["contact"], Contact);
	        this.offerCredentials = source["offerCredentials"];
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
	export class SearchHit {
	    id: string;
	    writtenAt: string;
	    title: string;
	    snippet: string;
	
	    static createFrom(source: any = {}) {
	        return new SearchHit(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.id = source["id"];
	        this.writtenAt = source["writtenAt"];
	        this.title = source["title"];
	        this.snippet = source["snippet"];
	    }
	}
	export class SearchInput {
	    clientId: string;
	    query: string;
	    limit: number;
	
	    static createFrom(source: any = {}) {
	        return new SearchInput(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.clientId = source["clientId"];
	        this.query = source["query"];
	        this.limit = source["limit"];
	    }
	}
	export class SessionStatus {
	    signedIn: boolean;
	    user: User;
	    serverUrl: string;
	    kiosk: boolean;
	    kioskEnrolled: boolean;
	    kioskIdleSeconds: number;
	    keyringOk: boolean;
	    online: boolean;
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
	        this.kioskIdleSeconds = source["kioskIdleSeconds"];
	        this.keyringOk = source["keyringOk"];
	        this.online = source["online"];
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
	export class SyncStatus {
	    online: boolean;
	    pending: number;
	    failed: number;
	    clients: ClientSync[];
	
	    static createFrom(source: any = {}) {
	        return new SyncStatus(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.online = source["online"];
	        this.pending = source["pending"];
	        this.failed = source["failed"];
	        this.clients = this.convertValues(source["clients"], ClientSync);
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
	export class UnreadCount {
	    count: number;
	
	    static createFrom(source: any = {}) {
	        return new UnreadCount(source);
	    }
	
	    constructor(source: any = {}) {
	        if ('string' === typeof source) source = JSON.parse(source);
	        this.count = source["count"];
	    }
	}

}

