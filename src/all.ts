/** Registers every element of @cluster-events/components. */
import './define/cluster-agenda-track.js';
import './define/cluster-agenda.js';
import './define/cluster-speaker-block.js';
import './define/cluster-speaker-list.js';
import './define/cluster-event-header.js';
import './define/cluster-project-card.js';
import './define/cluster-objective-list.js';
import './define/cluster-funding-call-banner.js';
import './define/cluster-event.js';
import './define/cluster-event-list.js';
